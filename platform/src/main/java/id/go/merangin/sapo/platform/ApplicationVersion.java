package id.go.merangin.sapo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the deployed SAPO, as Maven stamped it into {@code sapo-version.properties} at build time. */
public final class ApplicationVersion {

    private static final Properties PROPERTIES = load();
    private static final String VERSION = PROPERTIES.getProperty("version", "unknown");
    private static final String BUILD = PROPERTIES.getProperty("build", "unknown");

    private ApplicationVersion() {}

    public static String current() {
        return VERSION;
    }

    /** When this build was made (yyyyMMddHHmmss): a new value with every build, even of the same version. */
    public static String build() {
        return BUILD;
    }

    private static Properties load() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/sapo-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
