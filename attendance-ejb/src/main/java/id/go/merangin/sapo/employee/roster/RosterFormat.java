package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two formats a master list may come in. The file's first bytes decide where they can (an XLSX workbook is a
 * zip archive; an old {@code .xls} or a password-protected workbook is an OLE2 file, which SAPO does not read);
 * CSV has no signature, so its name or content type must say so.
 */
enum RosterFormat {
    XLSX,
    CSV;

    static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    /** What browsers send for a {@code .csv}; Windows browsers send Excel's old type. */
    private static final Set<String> CSV_CONTENT_TYPES = Set.of(
            "text/csv", "text/plain", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel");

    static RosterFormat of(byte[] content, String fileName, String contentType) {
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        String what = describe(fileName, contentType);
        if (startsWith(content, OLE2)) {
            throw new InvalidInputException(
                    ProblemCode.UNSUPPORTED_FORMAT,
                    what
                            + " is an Excel 97-2003 (.xls) or password-protected workbook;"
                            + " save it as .xlsx without a password",
                    Map.of("file", what));
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String type = mediaType(contentType);
        if (name.endsWith(".xlsx") || type.equals(XLSX_CONTENT_TYPE)) {
            throw new InvalidInputException(
                    ProblemCode.UNREADABLE_FILE, what + " is not a readable XLSX workbook", Map.of("file", what));
        }
        if (name.endsWith(".csv") || CSV_CONTENT_TYPES.contains(type)) {
            return CSV;
        }
        throw new InvalidInputException(
                ProblemCode.UNSUPPORTED_FORMAT,
                what + " is neither an XLSX workbook nor a CSV file",
                Map.of("file", what));
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String describe(String fileName, String contentType) {
        String name = fileName == null || fileName.isBlank() ? "the file" : "'" + fileName.strip() + "'";
        return contentType == null || contentType.isBlank() ? name : name + " (" + contentType.strip() + ")";
    }
}
