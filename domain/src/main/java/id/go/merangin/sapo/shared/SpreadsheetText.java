package id.go.merangin.sapo.shared;

/**
 * Text bound for a file that people open in a spreadsheet (the TPP CSV): a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be read as a formula there (OWASP "CSV injection"), so such
 * text gets a leading apostrophe, which spreadsheets take as "this is text" and do not show.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** {@code text} as a spreadsheet reads it as text; null stays null. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
