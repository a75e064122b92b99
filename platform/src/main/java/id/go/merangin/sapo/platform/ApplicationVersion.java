package id.go.merangin.sapo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the deployed SAPO, as Maven stamped it into {@code sapo-version.properties} at build time. */
public final class ApplicationVersion {

    private static final String VERSION = load();

    private ApplicationVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/sapo-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
