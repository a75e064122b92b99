package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final String BUNDLE = "id.go.merangin.sapo.web.messages";

    @Test
    void everyIndonesianMessageHasItsEnglishOne() {
        ResourceBundle indonesian = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("id"));
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
    }

    @Test
    void anIndonesianBrowserGetsIndonesianWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("id")).getString("menu.logout"))
                    .isEqualTo("Keluar");
        } finally {
            Locale.setDefault(before);
        }
    }
}
