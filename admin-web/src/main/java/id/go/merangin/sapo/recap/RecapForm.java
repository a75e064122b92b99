package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.recap.RecapReport.Totals;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The words and the columns of BKPSDMD's monthly recap form, kept in one place so that the workbook and the PDF
 * print the same form: the title block, the table's columns (what each takes from an ASN's line and from the
 * totals), and the signature block. Labels come from the admin screens' bundle ({@code export.*}); month names and
 * dates from the locale ("November 2026", "30 November 2026").
 */
final class RecapForm {

    private static final String DOTTED_LINE = "..............................";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    RecapForm(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.dateFormat = DateTimeFormatter.ofPattern("dd MMMM yyyy", locale);
        this.dateTimeFormat = DateTimeFormatter.ofPattern("dd MMMM yyyy HH:mm", locale);
    }

    Locale locale() {
        return locale;
    }

    /** The bundle's text for {@code key}, with {@code arguments} in its placeholders. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The headers of the day-by-day sheet: who, which day, its codes and times, minutes, cost and rules. */
    List<String> dayHeaders() {
        return List.of(
                text("export.column.number"),
                text("export.column.nip"),
                text("export.column.name"),
                text("export.days.date"),
                text("export.days.codes"),
                text("export.days.checkIn"),
                text("export.days.checkOut"),
                text("export.column.lateMinutes"),
                text("export.column.lateMinutesAfterMakeUp"),
                text("export.column.earlyMinutes"),
                text("export.column.deduction"),
                text("export.rulesVersion.short"));
    }

    /** The two bold lines on top: the form's name, and the government that issues it. */
    List<String> heading(RecapReport report) {
        return List.of(
                text("export.title"),
                text("export.government", report.regency()).toUpperCase(locale));
    }

    /**
     * The lines under the heading: the OPD ({@code section}) or every OPD ({@code null}), the month, the rules
     * version, the verification of an OPD, a warning while the month is open, and when the report was made.
     */
    List<String> details(RecapReport report, RecapReport.Section section) {
        List<String> lines = new ArrayList<>();
        lines.add(section == null ? text("export.allOpds") : text("export.opd", section.opdName()));
        lines.add(text("export.month", report.month().format(monthFormat)));
        lines.add(text("export.rulesVersion", report.rulesVersion()));
        if (section != null) {
            lines.add(
                    section.verifiedBy() == null
                            ? text("export.notVerified")
                            : text("export.verifiedBy", section.verifiedBy()));
        }
        if (!report.locked()) {
            lines.add(text("export.notLocked"));
        }
        lines.add(text("export.generatedAt", report.generatedAt().format(dateTimeFormat)));
        return lines;
    }

    /** The headers of the columns before the figures: No, NIP, Nama, Jabatan. */
    List<String> identityHeaders() {
        return List.of(
                text("export.column.number"),
                text("export.column.nip"),
                text("export.column.name"),
                text("export.column.position"));
    }

    /** The headers of the summary's table, a line per OPD: No, Kode OPD, Nama OPD, the figures, Diverifikasi oleh. */
    List<String> summaryHeaders() {
        return Stream.of(
                        "number",
                        "opdCode",
                        "opdName",
                        "employees",
                        "workingDays",
                        "present",
                        "absent",
                        "averageDeduction",
                        "verifiedBy")
                .map(key -> text("export.column." + key))
                .toList();
    }

    /** The figures of an OPD's line in the summary, or of the grand total: ASN, working days, present, TK, %. */
    List<Number> summaryFigures(Totals totals) {
        return List.of(
                totals.employees(),
                totals.workingDays(),
                totals.presentDays(),
                totals.absentDays(),
                totals.averageDeductionPercent());
    }

    /** How an OPD's verification shows in the summary: by whom, or not yet. */
    String verification(RecapReport.Section section) {
        return section.verifiedBy() == null ? text("export.notVerifiedShort") : section.verifiedBy();
    }

    /**
     * The figures of an ASN's line, in the form's order: working days, present, H, TL1–TL4, PSW1–PSW4, TK, the
     * excused days together ("Izin/Cuti/DL"), each leave type and LIBUR on its own, then the minutes and the
     * deduction. The columns of each leave type and of LIBUR are {@linkplain Column#detail() details} that a narrow
     * form (the A4 PDF) leaves out.
     */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(figure("export.column.workingDays", MonthRecapView::workingDays, Totals::workingDays));
        columns.add(figure("export.column.present", MonthRecapView::presentDays, Totals::presentDays));
        columns.add(code(DailyCode.PRESENT_CODE, false));
        for (DeductionCode code : DeductionCode.values()) {
            // TA (a compulsory apel missed) is rare: a detail, like the leave types, that the PDF leaves out
            columns.add(code(code.name(), code == DeductionCode.TA));
        }
        columns.add(figure("export.column.excused", MonthRecapView::excusedDays, Totals::excusedDays));
        for (LeaveType type : LeaveType.wholeDay()) {
            columns.add(code(type.name(), true));
        }
        columns.add(code(DailyCode.HOLIDAY_CODE, true));
        columns.add(figure("export.column.lateMinutes", MonthRecapView::lateMinutes, Totals::lateMinutes));
        columns.add(figure(
                "export.column.lateMinutesAfterMakeUp",
                MonthRecapView::lateMinutesAfterMakeUp,
                Totals::lateMinutesAfterMakeUp));
        columns.add(figure("export.column.earlyMinutes", MonthRecapView::earlyLeaveMinutes, Totals::earlyLeaveMinutes));
        columns.add(
                figure("export.column.deduction", MonthRecapView::deductionPercent, Totals::averageDeductionPercent));
        return columns;
    }

    private Column figure(String key, Function<MonthRecapView, Number> ofLine, Function<Totals, Number> ofTotals) {
        return new Column(text(key), ofLine, ofTotals, false);
    }

    /** A daily code's column: the code itself as header (H, TL2, TK), or a leave type's name from the bundle. */
    private Column code(String code, boolean detail) {
        String leaveKey = "leave.type." + code;
        String header = bundle.containsKey(leaveKey) ? bundle.getString(leaveKey) : code;
        return new Column(
                header,
                recap -> recap.codes().getOrDefault(code, 0),
                totals -> totals.codes().getOrDefault(code, 0),
                detail);
    }

    /** The signature block's lines, a dotted line standing in for a name or NIP not given. */
    SignatureLines signature(RecapReport.Signature signature) {
        return new SignatureLines(
                text(
                        "export.signature.placeAndDate",
                        signature.place(),
                        signature.date().format(dateFormat)),
                signature.title(),
                signature.name() == null ? DOTTED_LINE : signature.name(),
                text("export.signature.nip", signature.nip() == null ? DOTTED_LINE : signature.nip()));
    }

    /**
     * A column of figures: its header, and its figure on an ASN's line and on the totals row. Counts and minutes
     * are {@link Integer}s; the deduction is a {@link BigDecimal} percentage with two decimals, on the totals row
     * the average over the ASN.
     *
     * @param detail whether the column details a figure shown elsewhere (a leave type within Izin/Cuti/DL) or one
     *     the form can do without (holidays, which are no working days)
     */
    record Column(
            String header, Function<MonthRecapView, Number> ofLine, Function<Totals, Number> ofTotals, boolean detail) {

        private static final int CODE_LENGTH = 5;

        /** Whether the header is a code (H, TL2, PSW4, LIBUR) that fits a narrow column. */
        boolean narrow() {
            return header.length() <= CODE_LENGTH;
        }
    }

    /** The signature block: "{place}, {date}", the signer's title, then after a space the name and "NIP. …". */
    record SignatureLines(String placeAndDate, String title, String name, String nip) {}
}
