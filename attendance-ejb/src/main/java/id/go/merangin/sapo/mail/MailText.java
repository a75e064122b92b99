package id.go.merangin.sapo.mail;

import id.go.merangin.sapo.organization.Opd;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and plain-text body of a {@link Mail} in its language, from the bundle
 * {@code id.go.merangin.sapo.mail.mail} (Indonesian the base, English in {@code mail_en}). A text names its values
 * as {@code {name}}; each is replaced once, as given, so a value can never bring in another placeholder. A text
 * that needs a value the mail lacks is a programming error, refused before anything is sent.
 */
public record MailText(String subject, String body) {

    static final String BUNDLE = "id.go.merangin.sapo.mail.mail";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The texts of {@code mail}, with {@code now} as its {@code time} (in WIB) unless the mail gives one. */
    public static MailText of(Mail mail, Instant now) {
        Locale locale = mail.language().locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Map<String, String> values = new HashMap<>(mail.values());
        values.computeIfAbsent(
                "time",
                key -> DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), locale)
                        .withZone(Opd.DEFAULT_ZONE)
                        .format(now));
        String kind = mail.kind().name();
        return new MailText(
                filled(bundle.getString(kind + ".subject"), values, mail.kind()),
                filled(bundle.getString(kind + ".body"), values, mail.kind()) + "\n\n-- \n" + bundle.getString("footer")
                        + "\n");
    }

    private static String filled(String text, Map<String, String> values, MailKind kind) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Mail " + kind + " needs the value '" + placeholder.group(1) + "'");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }
}
