package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.recap.RecapReport.Line;
import id.go.merangin.sapo.shared.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a month's {@link RecapReport} as the file the TPP payroll reads: one line per ASN with the figures that
 * price the attendance part of the allowance. It is read by a program, not by a person, so nothing in it depends on
 * a language: the header is fixed ({@link #HEADER}), the month is {@code yyyy-MM}, the deduction has two decimals
 * after a dot, the NIP is its 18 digits, and {@code terkunci} says whether BKPSDMD had locked the month (payroll
 * should take only a locked one). The minutes late are those that count, after make-up, as the recap screen shows
 * them.
 *
 * <p>CSV as RFC 4180 has it: comma-separated, a field quoted when it holds a comma, a quote or a line break
 * ("Siti Aminah, S.Kom."), lines ended by CRLF; UTF-8 without a byte order mark. Payroll staff also open it in a
 * spreadsheet, so a text that a spreadsheet would run as a formula starts with an apostrophe ({@link SpreadsheetText}).
 */
public final class TppCsv {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** The header line's fields, the contract with the payroll. */
    public static final List<String> HEADER = List.of(
            "nip",
            "nama",
            "kode_opd",
            "bulan",
            "hari_kerja",
            "hadir",
            "tk",
            "menit_terlambat",
            "menit_pulang_cepat",
            "potongan_persen",
            "versi_aturan",
            "terkunci");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    /** Writes {@code report} to {@code out}; {@code out} is flushed and left open. */
    public void write(RecapReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = FORMAT.print(writer);
        for (Line line : report.lines()) {
            MonthRecapView recap = line.recap();
            String percent =
                    recap.deductionPercent().setScale(2, RoundingMode.HALF_UP).toPlainString();
            printer.printRecord(
                    text(line.nip()),
                    text(line.name()),
                    text(line.opdCode()),
                    report.month().toString(),
                    recap.workingDays(),
                    recap.presentDays(),
                    recap.absentDays(),
                    recap.lateMinutesAfterMakeUp(),
                    recap.earlyLeaveMinutes(),
                    percent,
                    text(recap.rulesVersion()),
                    report.locked());
        }
        printer.flush();
    }

    /** Text as a spreadsheet reads it: never as a formula (a name typed as "=HYPERLINK(…)" stays a name). */
    private static String text(Object value) {
        return value == null ? null : SpreadsheetText.neutralised(value.toString());
    }
}
