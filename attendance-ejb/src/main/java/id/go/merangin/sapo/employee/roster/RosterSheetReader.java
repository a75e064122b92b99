package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.employee.roster.RosterRowCheck.CheckedRow;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the ASN master list that BKPSDMD uploads, as an XLSX workbook (its first worksheet) or a CSV file, into
 * the rows that may be imported and the rows that may not, with the line the admin sees in Excel and a stable code
 * for each reason. Nothing here touches the database: whether an OPD code exists and whether a NIP is registered
 * already are for the importing service to check. Blank rows are skipped; a file that cannot be read at all, or
 * whose header lacks a column, is refused as a whole with an {@link InvalidInputException}.
 *
 * <p>Holds no state; one instance may serve every upload.
 */
public final class RosterSheetReader {

    /** The most data rows one file may hold; a larger list is to be split. */
    public static final int MAX_ROWS = 10_000;

    /** Neither an XLSX workbook nor a CSV file (an old {@code .xls} or a password-protected workbook included). */
    /** Claims to be XLSX or CSV but cannot be read as one (broken, binary, or over POI's zip-bomb limits). */
    /** A CSV file in another encoding than UTF-8, such as Excel's plain "CSV" in Windows-1252. */
    /** No row with anything in it. */
    /** The first non-blank row names none of the columns: the header row is missing. Details: line, columns. */
    /** The header lacks one or more columns. Details: line, columns (the missing headers, comma-separated). */
    /** Two header cells name the same column, e.g. "Pangkat" and "Golongan". Details: line, columns. */
    /** More than {@link #MAX_ROWS} data rows. Details: maxRows. */

    /**
     * Reads an uploaded file. The format is recognised from the content where it can be and otherwise from
     * {@code fileName} or {@code contentType}, either of which may be {@code null}.
     *
     * @throws InvalidInputException with one of this class's codes when the file as a whole cannot be read
     */
    public RosterSheet read(byte[] content, String fileName, String contentType) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw emptyFile();
        }
        Rows rows = new Rows();
        switch (RosterFormat.of(content, fileName, contentType)) {
            case XLSX -> XlsxRows.read(content, rows);
            case CSV -> CsvRows.read(content, rows);
        }
        return rows.sheet();
    }

    /** Reads an uploaded file from {@code content}, which is read to its end but not closed. */
    public RosterSheet read(InputStream content, String fileName, String contentType) throws IOException {
        return read(content.readAllBytes(), fileName, contentType);
    }

    private static InvalidInputException emptyFile() {
        return new InvalidInputException(ProblemCode.EMPTY_FILE, "the file has no rows", Map.of());
    }

    /** Takes the rows of a file as its format reads them: the first non-blank one is the header. */
    private static final class Rows implements Consumer<SourceRow> {

        private RosterHeader header;
        private final List<CheckedRow> checked = new ArrayList<>();

        @Override
        public void accept(SourceRow row) {
            if (header == null) {
                if (!isBlank(row)) {
                    header = RosterHeader.of(row);
                }
                return;
            }
            Map<RosterColumn, RosterCell> cells = header.cellsOf(row);
            if (cells.values().stream().allMatch(RosterCell::isBlank)) {
                return;
            }
            if (checked.size() == MAX_ROWS) {
                throw new InvalidInputException(
                        ProblemCode.TOO_MANY_ROWS,
                        "the file has more than " + MAX_ROWS + " data rows (line " + row.line()
                                + " is one too many); split it",
                        Map.of("maxRows", MAX_ROWS));
            }
            checked.add(RosterRowCheck.check(row.line(), cells));
        }

        private static boolean isBlank(SourceRow row) {
            for (int i = 0; i < row.width(); i++) {
                if (!row.cell(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        RosterSheet sheet() {
            if (header == null) {
                throw emptyFile();
            }
            Map<Nip, List<Integer>> linesByNip = new HashMap<>();
            for (CheckedRow row : checked) {
                if (row.nip() != null) {
                    linesByNip
                            .computeIfAbsent(row.nip(), nip -> new ArrayList<>())
                            .add(row.line());
                }
            }
            List<RosterRow> accepted = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CheckedRow row : checked) {
                List<Integer> lines = row.nip() == null ? List.of() : linesByNip.get(row.nip());
                if (lines.size() > 1) {
                    rejected.add(new RejectedRow(
                            row.line(),
                            RejectedRow.DUPLICATE_NIP_IN_FILE,
                            "NIP " + row.nip()
                                    + " appears on lines "
                                    + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))));
                } else if (row.accepted() != null) {
                    accepted.add(row.accepted());
                } else {
                    rejected.add(row.rejected());
                }
            }
            return new RosterSheet(accepted, rejected);
        }
    }
}
