package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** bin/first-officer speaks both languages: every Indonesian message has its English one, as the files hold them. */
class MessagesBundleTest {

    @Test
    void everyIndonesianMessageHasItsEnglishOne() throws IOException {
        Properties indonesian = own("Messages.properties");
        Properties english = own("Messages_en.properties");

        assertThat(indonesian).containsKey("help");
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
        english.forEach((key, text) ->
                assertThat(text.toString().strip()).as(key.toString()).isNotEmpty());
    }

    private static Properties own(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/id/go/merangin/sapo/tools/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
