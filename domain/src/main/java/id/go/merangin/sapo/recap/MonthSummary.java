package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.leave.LeaveType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One ASN's month in figures: what the recap screen, the TPP export and the phone's month view show. Every figure
 * is derived here from the month's {@link DailyCode}s and one version of the {@link RuleSet}, and every
 * percentage can be traced to its {@link DayDeduction} lines: this day, this code, this version, this much.
 *
 * <p>Working days are the days that are neither {@link DayKind#OFF} nor {@link DayKind#HOLIDAY}: present, TK,
 * excused and still pending. The total is the sum of the day lines, then capped at the rules' monthly cap; the
 * per-code percentages are not capped, so that they still add up to the uncapped total. A day of leave that costs
 * ({@link RuleSet#leaveCosts()}) is worth {@code 1/workingDays} of the allowance: its line is the type's cost of
 * that share, rounded so that the type's lines add up to its cost of exactly {@code days/workingDays} (a month of
 * unpaid leave costs 100 %, not 99.96 %). The days given need not
 * fill the month (an ASN appointed on the 15th); a month with a day not over yet is {@link #provisional()}.
 */
public final class MonthSummary {

    private final YearMonth month;
    private final RuleSet rules;
    private final List<DailyCode> days;
    private final Map<String, Integer> codeCounts;
    private final List<DayDeduction> deductions;
    private final Map<String, BigDecimal> percentByCode;
    private final BigDecimal uncappedPercent;

    private MonthSummary(YearMonth month, RuleSet rules, List<DailyCode> days) {
        this.month = month;
        this.rules = rules;
        this.days = days;
        Map<String, Integer> counts = new LinkedHashMap<>();
        DailyCode.allCodes().forEach(code -> counts.put(code, 0));
        List<DayDeduction> lines = new ArrayList<>();
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (DeductionCode code : DeductionCode.values()) {
            byCode.put(code.name(), BigDecimal.ZERO.setScale(2));
        }
        int workingDays = (int) days.stream().filter(MonthSummary::isWorkingDay).count();
        Map<LeaveType, Integer> costlyLeaveSoFar = new EnumMap<>(LeaveType.class);
        for (DailyCode day : days) {
            day.codes().forEach(code -> counts.merge(code, 1, Integer::sum));
            for (DeductionCode code : day.charges()) {
                lines.add(new DayDeduction(day.date(), code.name(), rules.version(), rules.percentOf(code)));
            }
            if (day.kind() == DayKind.EXCUSED
                    && rules.leaveCostOf(day.leaveType()).signum() > 0) {
                int nth = costlyLeaveSoFar.merge(day.leaveType(), 1, Integer::sum);
                BigDecimal cost = rules.leaveCostOf(day.leaveType());
                // each day the difference of the running shares, so the days add up to the type's exact share
                BigDecimal percent = shareOf(cost, nth, workingDays).subtract(shareOf(cost, nth - 1, workingDays));
                lines.add(new DayDeduction(day.date(), day.leaveType().name(), rules.version(), percent));
            }
        }
        lines.forEach(line -> byCode.merge(line.code(), line.percent(), BigDecimal::add));
        this.codeCounts = Collections.unmodifiableMap(counts);
        this.deductions = List.copyOf(lines);
        this.percentByCode = Collections.unmodifiableMap(byCode);
        this.uncappedPercent =
                lines.stream().map(DayDeduction::percent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * Sums {@code days} of {@code month} under {@code rules}; at most one code per date, each within the month, in
     * any order.
     */
    public static MonthSummary of(YearMonth month, List<DailyCode> days, RuleSet rules) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(rules, "rules");
        Set<LocalDate> dates = new HashSet<>();
        for (DailyCode day : days) {
            Objects.requireNonNull(day, "day");
            if (!YearMonth.from(day.date()).equals(month)) {
                throw new IllegalArgumentException(day.date() + " is not in " + month);
            }
            if (!dates.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " has two codes");
            }
        }
        List<DailyCode> sorted =
                days.stream().sorted(Comparator.comparing(DailyCode::date)).toList();
        return new MonthSummary(month, rules, sorted);
    }

    public YearMonth month() {
        return month;
    }

    /** The version of the rules that priced this month. */
    public RuleSet rules() {
        return rules;
    }

    /** The month's days, by date. */
    public List<DailyCode> days() {
        return days;
    }

    /** Days that are neither off nor a holiday. */
    public int workingDays() {
        return (int) days.stream().filter(MonthSummary::isWorkingDay).count();
    }

    private static boolean isWorkingDay(DailyCode day) {
        return day.kind() != DayKind.OFF && day.kind() != DayKind.HOLIDAY;
    }

    /** {@code cost} percent of {@code days} of {@code workingDays} working days, rounded half up to a cent. */
    private static BigDecimal shareOf(BigDecimal cost, int days, int workingDays) {
        return cost.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(workingDays), 2, RoundingMode.HALF_UP);
    }

    /** Days with at least one CHECK_IN or CHECK_OUT. */
    public int presentDays() {
        return count(DayKind.PRESENT);
    }

    /** Days tanpa keterangan (TK). */
    public int absentDays() {
        return count(DayKind.TK);
    }

    public int excusedDays() {
        return count(DayKind.EXCUSED);
    }

    /** Holidays, including those that fall on a day off. */
    public int holidays() {
        return count(DayKind.HOLIDAY);
    }

    /** Workdays not over yet without any attendance so far. */
    public int pendingDays() {
        return count(DayKind.PENDING);
    }

    /** Whether a day of the month is not over yet, so that the figures may still change. */
    public boolean provisional() {
        return days.stream().anyMatch(day -> !day.closed());
    }

    /** How many days show each code, for every code of {@link DailyCode#allCodes()} in that order, zeros included. */
    public Map<String, Integer> codeCounts() {
        return codeCounts;
    }

    /** How many days show {@code code} ({@code TL2}, {@code CUTI_TAHUNAN}, {@code LIBUR}, ...). */
    public int count(String code) {
        Integer count = codeCounts.get(Objects.requireNonNull(code, "code"));
        if (count == null) {
            throw new IllegalArgumentException("no such daily code: " + code);
        }
        return count;
    }

    /** The working minutes late, before make-up. */
    public int lateMinutes() {
        return days.stream().mapToInt(DailyCode::lateMinutes).sum();
    }

    /** The minutes late that count, after make-up. */
    public int effectiveLateMinutes() {
        return days.stream().mapToInt(DailyCode::effectiveLateMinutes).sum();
    }

    public int earlyLeaveMinutes() {
        return days.stream().mapToInt(DailyCode::earlyLeaveMinutes).sum();
    }

    /** The minutes the month's present days add to the discipline ladder ({@link DailyCode#ladderMinutes()}). */
    public int ladderMinutes() {
        return days.stream().mapToInt(DailyCode::ladderMinutes).sum();
    }

    /** Every day's deduction, one line per day and code, by date. */
    public List<DayDeduction> deductions() {
        return deductions;
    }

    /**
     * The percentage each code cost this month, before the cap: every {@link DeductionCode} by name (zero when it
     * did not occur), then each leave type that cost something.
     */
    public Map<String, BigDecimal> percentByCode() {
        return percentByCode;
    }

    /** The sum of the day lines, before the cap. */
    public BigDecimal uncappedPercent() {
        return uncappedPercent;
    }

    /** The percentage of the allowance the month costs: the sum of the day lines, at most the monthly cap. */
    public BigDecimal percent() {
        return capApplied() ? rules.monthlyCapPercent() : uncappedPercent;
    }

    /** Whether the day lines add up to more than the monthly cap, so that the cap is what the month costs. */
    public boolean capApplied() {
        return uncappedPercent.compareTo(rules.monthlyCapPercent()) > 0;
    }

    private int count(DayKind kind) {
        return (int) days.stream().filter(day -> day.kind() == kind).count();
    }

    @Override
    public String toString() {
        return "MonthSummary[" + month + " " + rules.version() + " " + percent() + "% " + codeCounts + "]";
    }
}
