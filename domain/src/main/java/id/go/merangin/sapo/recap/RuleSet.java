package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.IntegrityRules;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of every number the recap works with, as BKPSDMD set it to the Bupati's regulation: what each daily
 * code costs as a percentage of the ASN's allowance (TPP) and the monthly cap; what approved leave of each type
 * costs; how a day becomes a code ({@link DayRules}: the tier bands, make-up, and the {@link DisciplineLadder}'s
 * steps and minutes); and when an event is flagged for review ({@link IntegrityRules}). BKPSDMD keeps every version
 * with the date it took effect, and a month is always worked out under one version, the one in force on its first
 * day (see {@link #inForce}), so that the recap of a month never mixes two regulations and a change in the middle of
 * a month starts with the next. A locked month keeps the version it was locked with.
 *
 * <p>Percentages are exact decimals with two places (1.25 %), never floating point, because they are money. The
 * month's total is capped at {@code monthlyCapPercent}: no month takes more than that share of the allowance.
 *
 * <p>A leave type's cost is a share of what one working day of the month is worth: 100 means the day is not paid at
 * all (cuti di luar tanggungan negara, by default: a whole month of it costs the whole allowance, whatever the
 * month's number of working days), 50 half of it, 0 (every other type by default) nothing. See
 * {@link MonthSummary} for how the days' shares are rounded so that they add up.
 *
 * @param version the label BKPSDMD gives this version (the regulation's number, say), shown with every deduction
 * @param percents the percentage of every {@link DeductionCode}, each in 0–100 with at most two decimals
 * @param monthlyCapPercent the most a month can cost, 0–100
 * @param leaveCosts the share of a working day's worth each leave type costs, 0–100 (a type not named costs nothing)
 * @param day how a day becomes a code and what it adds to the ladder
 * @param integrity when an accepted event is flagged for review
 */
public record RuleSet(
        String version,
        LocalDate validFrom,
        Map<DeductionCode, BigDecimal> percents,
        BigDecimal monthlyCapPercent,
        Map<LeaveType, BigDecimal> leaveCosts,
        DayRules day,
        IntegrityRules integrity) {

    /** The stable code of every refusal of impossible deduction rules. */
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    /**
     * The defaults of SAPO's design, in force since online attendance began in Merangin (3 January 2022):
     * TL1–TL4 and PSW1–PSW4 0.50, 1.00, 1.25 and 1.50 %; TK 3.00 % a day; TA (a compulsory apel missed) 0.50 %;
     * a month at most 100 % (the whole
     * allowance); a day of cuti di luar tanggungan negara unpaid, every other leave free;
     * {@link DayRules#DEFAULT} and {@link IntegrityRules#DEFAULT}.
     */
    public static final RuleSet DEFAULT = new RuleSet(
            "DEFAULT",
            LocalDate.of(2022, 1, 3),
            defaults(),
            HUNDRED,
            Map.of(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA, HUNDRED),
            DayRules.DEFAULT,
            IntegrityRules.DEFAULT);

    public RuleSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(percents, "percents");
        version = version.strip();
        if (version.isEmpty()) {
            throw invalid("a version of the rules needs a label", Map.of());
        }
        Map<DeductionCode, BigDecimal> copy = new EnumMap<>(DeductionCode.class);
        percents.forEach(
                (code, percent) -> copy.put(Objects.requireNonNull(code, "code"), percent(code.name(), percent)));
        if (copy.size() != DeductionCode.values().length) {
            List<DeductionCode> missing = Arrays.stream(DeductionCode.values())
                    .filter(code -> !copy.containsKey(code))
                    .toList();
            throw invalid("every code needs a percentage; missing " + missing, Map.of("missing", missing.toString()));
        }
        percents = Collections.unmodifiableMap(copy);
        monthlyCapPercent = percent("monthly cap", monthlyCapPercent);
        Objects.requireNonNull(leaveCosts, "leaveCosts");
        Map<LeaveType, BigDecimal> costs = new EnumMap<>(LeaveType.class);
        leaveCosts.forEach((type, cost) -> {
            BigDecimal checked = percent(Objects.requireNonNull(type, "type").name(), cost);
            if (checked.signum() > 0) {
                costs.put(type, checked);
            }
        });
        leaveCosts = Collections.unmodifiableMap(costs);
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(integrity, "integrity");
    }

    /**
     * Prices of the codes and a cap from {@code validFrom}, with the defaults' leave costs, day rules and integrity
     * thresholds.
     */
    public RuleSet(
            String version,
            LocalDate validFrom,
            Map<DeductionCode, BigDecimal> percents,
            BigDecimal monthlyCapPercent) {
        this(version, validFrom, percents, monthlyCapPercent, DEFAULT.leaveCosts(), DEFAULT.day(), DEFAULT.integrity());
    }

    /** The share of a working day's worth that a day of {@code type} costs, in percent: 0 for a free type. */
    public BigDecimal leaveCostOf(LeaveType type) {
        return leaveCosts.getOrDefault(Objects.requireNonNull(type, "type"), BigDecimal.ZERO.setScale(2));
    }

    /** The code of the day {@code facts} describe, under these rules. */
    public DailyCode codeOf(DayFacts facts) {
        return day.codeOf(facts);
    }

    /** What {@code code} costs for one day, in percent with two decimals. */
    public BigDecimal percentOf(DeductionCode code) {
        return percents.get(Objects.requireNonNull(code, "code"));
    }

    /**
     * The version in force for {@code month}: the one with the latest {@code validFrom} on or before the month's
     * first day; empty when every version starts later. Two different versions from the same date are refused
     * rather than one picked at random.
     */
    public static Optional<RuleSet> inForce(YearMonth month, Collection<RuleSet> versions) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(versions, "versions");
        LocalDate firstDay = month.atDay(1);
        List<RuleSet> candidates = versions.stream()
                .map(rules -> Objects.requireNonNull(rules, "rules"))
                .filter(rules -> !rules.validFrom().isAfter(firstDay))
                .distinct()
                .sorted(Comparator.comparing(RuleSet::validFrom).reversed())
                .toList();
        if (candidates.size() > 1
                && candidates.get(0).validFrom().equals(candidates.get(1).validFrom())) {
            throw invalid(
                    "two versions of the rules take effect on "
                            + candidates.get(0).validFrom() + ": "
                            + candidates.get(0).version() + " and "
                            + candidates.get(1).version(),
                    Map.of("validFrom", candidates.get(0).validFrom().toString()));
        }
        return candidates.stream().findFirst();
    }

    private static BigDecimal percent(String name, BigDecimal percent) {
        if (percent == null) {
            throw invalid(name + " needs a percentage", Map.of("setting", name));
        }
        if (percent.signum() < 0
                || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw invalid(
                    name + " must be a percentage from 0 to 100 with at most two decimals, not "
                            + percent.toPlainString(),
                    Map.of("setting", name, "value", percent.toPlainString()));
        }
        return percent.setScale(2);
    }

    private static InvalidInputException invalid(String message, Map<String, Object> details) {
        return new InvalidInputException(ProblemCode.INVALID_RULE_SET, message, details);
    }

    private static Map<DeductionCode, BigDecimal> defaults() {
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(DeductionCode.class);
        List<String> tiers = List.of("0.50", "1.00", "1.25", "1.50");
        for (int tier = 0; tier < tiers.size(); tier++) {
            percents.put(DeductionCode.valueOf("TL" + (tier + 1)), new BigDecimal(tiers.get(tier)));
            percents.put(DeductionCode.valueOf("PSW" + (tier + 1)), new BigDecimal(tiers.get(tier)));
        }
        percents.put(DeductionCode.TK, new BigDecimal("3.00"));
        percents.put(DeductionCode.TA, new BigDecimal("0.50"));
        return percents;
    }
}
