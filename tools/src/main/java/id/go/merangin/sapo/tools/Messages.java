package id.go.merangin.sapo.tools;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command's messages, from its resource bundles: each is printed in Bahasa Indonesia, then in English on the
 * next line, because the officer running it may read either and no locale of the server says which.
 */
final class Messages {

    private static final String BUNDLE = "id.go.merangin.sapo.tools.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {}

    /** The message in Indonesian, a line break, and the same in English. */
    static String bilingual(String key, Object... arguments) {
        return in(INDONESIAN, key, arguments) + System.lineSeparator() + in(Locale.ENGLISH, key, arguments);
    }

    /** One short phrase in both languages on one line, as for a prompt: "Kata sandi / Password". */
    static String inline(String key, Object... arguments) {
        return in(INDONESIAN, key, arguments) + " / " + in(Locale.ENGLISH, key, arguments);
    }

    static String in(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, Locale.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
