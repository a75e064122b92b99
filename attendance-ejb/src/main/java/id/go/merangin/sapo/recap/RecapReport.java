package id.go.merangin.sapo.recap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's recap as BKPSDMD's form prints it, for one OPD or for every OPD: the regency, the month and the rules
 * version in the header, one section per OPD with a line per ASN and the OPD's totals, and the signature block.
 * The XLSX, PDF and TPP CSV exports are written from this, so they all hold the same figures as the screen.
 *
 * @param regency the regency as the header names it ("Kabupaten Merangin")
 * @param month the month of the recap
 * @param scope the OPD's name for one OPD, or {@code null} for every OPD in reach
 * @param rulesVersion the deduction rules version that priced the month
 * @param locked whether BKPSDMD had locked the month when the report was made; an open month may still change
 * @param generatedAt when the report was made, in the regency's local time
 * @param sections one per OPD, by OPD code
 * @param signature who signs the form
 */
public record RecapReport(
        String regency,
        YearMonth month,
        String scope,
        String rulesVersion,
        boolean locked,
        LocalDateTime generatedAt,
        List<Section> sections,
        Signature signature) {

    public RecapReport {
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sections = List.copyOf(sections);
        Objects.requireNonNull(signature, "signature");
    }

    /** Every line of every section, in order. */
    public List<Line> lines() {
        return sections.stream().flatMap(section -> section.lines().stream()).toList();
    }

    /**
     * One OPD's part: its lines, and its totals.
     *
     * @param verifiedBy the admin OPD who verified the OPD's month, or {@code null} if not yet
     */
    public record Section(String opdCode, String opdName, String verifiedBy, List<Line> lines, Totals totals) {

        public Section {
            Objects.requireNonNull(opdCode, "opdCode");
            Objects.requireNonNull(opdName, "opdName");
            lines = List.copyOf(lines);
            Objects.requireNonNull(totals, "totals");
        }
    }

    /**
     * One ASN's line, numbered from 1 within its section.
     *
     * @param position the ASN's position (jabatan), may be {@code null}
     * @param month the ASN's month day by day, which {@code recap} sums; {@code null} for a line of figures only
     */
    public record Line(
            int number,
            String nip,
            String name,
            String position,
            String opdCode,
            MonthRecapView recap,
            MonthSummary month) {

        public Line {
            Objects.requireNonNull(nip, "nip");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(opdCode, "opdCode");
            Objects.requireNonNull(recap, "recap");
        }

        /** The line of an ASN's month as {@code month} sums it, its days included. */
        public Line(int number, String nip, String name, String position, String opdCode, MonthSummary month) {
            this(
                    number,
                    nip,
                    name,
                    position,
                    opdCode,
                    MonthRecapView.of(month),
                    Objects.requireNonNull(month, "month"));
        }

        /** A line of figures only, without its days (a form written by hand). */
        public Line(int number, String nip, String name, String position, String opdCode, MonthRecapView recap) {
            this(number, nip, name, position, opdCode, recap, null);
        }

        /** The ASN's days, the one source of each figure, when the line was made from them. */
        public Optional<MonthSummary> days() {
            return Optional.ofNullable(month);
        }
    }

    /**
     * A section's sums over its lines: ASN, working days, days present, TK days, the count of each code (the same
     * keys, in the same order, as {@link MonthRecapView#codes()}), minutes, and the average deduction percentage.
     */
    public record Totals(
            int employees,
            int workingDays,
            int presentDays,
            int absentDays,
            int excusedDays,
            Map<String, Integer> codes,
            int lateMinutes,
            int lateMinutesAfterMakeUp,
            int earlyLeaveMinutes,
            BigDecimal averageDeductionPercent) {

        /** The sums of {@code lines}; the average percentage is rounded half up to two places (0 for no line). */
        public static Totals of(List<Line> lines) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            DailyCode.allCodes().forEach(code -> codes.put(code, 0));
            BigDecimal percent = BigDecimal.ZERO;
            int workingDays = 0;
            int presentDays = 0;
            int absentDays = 0;
            int excusedDays = 0;
            int lateMinutes = 0;
            int lateAfterMakeUp = 0;
            int earlyMinutes = 0;
            for (Line line : lines) {
                MonthRecapView recap = line.recap();
                workingDays += recap.workingDays();
                presentDays += recap.presentDays();
                absentDays += recap.absentDays();
                excusedDays += recap.excusedDays();
                lateMinutes += recap.lateMinutes();
                lateAfterMakeUp += recap.lateMinutesAfterMakeUp();
                earlyMinutes += recap.earlyLeaveMinutes();
                recap.codes().forEach((code, count) -> codes.merge(code, count, Integer::sum));
                percent = percent.add(recap.deductionPercent());
            }
            BigDecimal average = lines.isEmpty()
                    ? BigDecimal.ZERO.setScale(2)
                    : percent.divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
            return new Totals(
                    lines.size(),
                    workingDays,
                    presentDays,
                    absentDays,
                    excusedDays,
                    Collections.unmodifiableMap(codes),
                    lateMinutes,
                    lateAfterMakeUp,
                    earlyMinutes,
                    average);
        }
    }

    /**
     * The form's signature block: "{place}, {date}", the signer's title, then a space for the signature, the
     * signer's name and NIP (printed as a dotted line to fill in when {@code null}).
     */
    public record Signature(String place, LocalDate date, String title, String name, String nip) {

        public Signature {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
        }
    }
}
