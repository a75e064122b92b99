package id.go.merangin.sapo.shared;

import java.util.Locale;

/**
 * What an officer typed into a search box, made safe for a SQL {@code like ... escape '\'}: the wildcards they
 * typed are matched literally, so "50%" finds "50%" and not everything.
 */
public final class SearchText {

    private SearchText() {}

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A pattern matching any text containing {@code text}, compared in lower case. */
    public static String containing(String text) {
        return "%" + escaped(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A pattern matching any text starting with {@code text}, as typed. */
    public static String startingWith(String text) {
        return escaped(text.strip()) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
