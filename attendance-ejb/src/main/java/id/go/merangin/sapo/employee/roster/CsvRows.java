package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file in UTF-8, with or without the byte order mark Excel writes. The delimiter is whichever of
 * {@code ,} and {@code ;} the header line uses more: Excel in an Indonesian locale saves "CSV" with semicolons,
 * since the comma is the decimal separator there. Empty lines are kept as records, so that line numbers stay the
 * rows Excel shows.
 */
final class CsvRows {

    private CsvRows() {}

    static void read(byte[] content, Consumer<SourceRow> rows) {
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.accept(new CsvRow(record));
            }
        } catch (IOException | UncheckedIOException e) {
            InvalidInputException unreadable = new InvalidInputException(
                    ProblemCode.UNREADABLE_FILE, "the CSV file cannot be parsed: " + e.getMessage(), Map.of());
            unreadable.initCause(e);
            throw unreadable;
        }
    }

    private static String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidInputException(
                        ProblemCode.UNREADABLE_FILE, "the file holds binary data (a NUL byte), not CSV text", Map.of());
            }
        }
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    ProblemCode.CSV_NOT_UTF8, "the CSV file is not UTF-8 text; save it as \"CSV UTF-8\"", Map.of());
        }
    }

    /**
     * The delimiter the first line with a value uses more, counting outside quotes; a comma on a tie. A file with no
     * value at all (only delimiters) is read with the delimiter it has most of, so that its lines read as blank.
     */
    private static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int allCommas = 0;
        int allSemicolons = 0;
        boolean quoted = false;
        boolean value = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                value = true;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (value) {
                    return semicolons > commas ? ';' : ',';
                }
                commas = 0;
                semicolons = 0;
            } else if (c == ',') {
                commas++;
                allCommas++;
            } else if (c == ';') {
                semicolons++;
                allSemicolons++;
            } else if (!Character.isWhitespace(c)) {
                value = true;
            }
        }
        if (value) {
            return semicolons > commas ? ';' : ',';
        }
        return allSemicolons > allCommas ? ';' : ',';
    }

    private record CsvRow(CSVRecord record) implements SourceRow {

        @Override
        public int line() {
            return Math.toIntExact(record.getRecordNumber());
        }

        @Override
        public int width() {
            return record.size();
        }

        @Override
        public RosterCell cell(int column) {
            return column < record.size() ? new RosterCell.Text(record.get(column)) : RosterCell.BLANK;
        }
    }
}
