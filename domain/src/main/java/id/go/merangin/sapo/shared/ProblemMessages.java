package id.go.merangin.sapo.shared;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the problem catalogue: each {@link ProblemCode}'s message and each status's title, in Indonesian
 * ({@code problems.properties}, {@code problems_id}) and English ({@code problems_en}). The API's answers and the
 * admin screens' messages both come from here, so a code is worded once; a screen words a code its own way only
 * where its reader (an officer, not the ASN) needs other words.
 */
public final class ProblemMessages {

    static final String BUNDLE = "id.go.merangin.sapo.shared.problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private ProblemMessages() {}

    /** The code's fixed title: the one of its status ({@code title.<status>}), the same for every occurrence. */
    public static String title(ProblemCode code, Locale locale) {
        return text("title." + code.status(), locale);
    }

    /** The code's message with the occurrence's {@code {name}} placeholders filled from {@code details}. */
    public static String message(ProblemCode code, Map<String, Object> details, Locale locale) {
        String template = text(code.name(), locale);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = details.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        placeholder.appendTail(filled);
        return filled.toString().strip();
    }

    private static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ProblemMessages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
