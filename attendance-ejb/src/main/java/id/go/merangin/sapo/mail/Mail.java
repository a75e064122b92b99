package id.go.merangin.sapo.mail;

import id.go.merangin.sapo.employee.Language;
import java.util.Map;
import java.util.Objects;

/**
 * One mail to send: to whom, in which of SAPO's languages (the account's), of which kind, and the values its text
 * needs ({@code name}, {@code code}, {@code minutes}, {@code url}; see {@link MailKind}). {@code time}, the moment
 * the mail is handed to the {@link Outbox} in WIB, is filled in unless given.
 *
 * <p>It carries one-time codes, so its {@link #toString()} shows neither the values nor the whole address.
 */
public record Mail(String to, Language language, MailKind kind, Map<String, String> values) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "Mail[to=" + masked(to) + ", language=" + language + ", kind=" + kind + ", values=" + values.keySet()
                + "]";
    }

    /** An address for the log: its first letter and its domain, {@code r***@example.go.id}. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
