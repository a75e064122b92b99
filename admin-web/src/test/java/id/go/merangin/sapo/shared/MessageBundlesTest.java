package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final String BUNDLE = "id.go.merangin.sapo.web.messages";

    /**
     * The screens' messages: the files' own keys, read as files. A {@link ResourceBundle} for English would also hold
     * every key of the Indonesian parent bundle, so a message missing from the English file would not be seen.
     */
    @Test
    void everyIndonesianMessageHasItsEnglishOne() throws IOException {
        Properties indonesian = own("messages.properties");
        Properties english = own("messages_en.properties");

        assertThat(indonesian).containsKey("menu.logout");
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
        assertThat(own("messages_id.properties")).isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[] {
            "messages.properties", "messages_en.properties", "FacesMessages.properties", "FacesMessages_en.properties"
        }) {
            // "role." alone labels no role (an account being made): empty on purpose
            own(file)
                    .forEach((key, text) -> assertThat(text.toString().isBlank() && !"role.".equals(key))
                            .as("%s in %s is blank", key, file)
                            .isFalse());
        }
    }

    /** Faces' own messages: each English key is the Indonesian file's own key (not one inherited from Mojarra). */
    @Test
    void everyIndonesianFacesMessageHasItsEnglishOne() throws IOException {
        Properties indonesian = own("FacesMessages.properties");
        Properties english = own("FacesMessages_en.properties");

        assertThat(indonesian).containsKey("jakarta.faces.converter.DateTimeConverter.DATE");
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
        assertThat(own("FacesMessages_id.properties")).isEmpty();
        assertThat(indonesian.getProperty("jakarta.faces.converter.LongConverter.LONG"))
                .contains("bilangan bulat");
    }

    /** The screens' refusal messages ({@code error.<CODE>}) are keyed by the codes of the one catalogue. */
    @Test
    void everyRefusalMessageNamesACodeOfTheCatalogue() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            assertThat(own(file).stringPropertyNames())
                    .filteredOn(key -> key.matches("error\\.[A-Z][A-Z0-9_]+"))
                    .isNotEmpty()
                    .allSatisfy(key -> assertThat(ProblemCode.valueOf(key.substring("error.".length())))
                            .as(file + ": " + key)
                            .isNotNull());
        }
    }

    private static Properties own(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/id/go/merangin/sapo/web/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void anIndonesianBrowserGetsIndonesianWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("id"))
                            .getString("menu.logout"))
                    .isEqualTo("Keluar");
        } finally {
            Locale.setDefault(before);
        }
    }
}
