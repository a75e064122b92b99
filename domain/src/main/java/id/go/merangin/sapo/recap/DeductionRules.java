package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.InvalidInputException;
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
 * What each daily code costs, as a percentage of the ASN's allowance (TPP), in one version of the Bupati's
 * regulation. BKPSDMD keeps every version with the date it took effect, and a month is always recapped under one
 * version, the one in force on its first day (see {@link #inForce}), so that the recap of a month never mixes two
 * regulations and a change in the middle of a month starts with the next.
 *
 * <p>Percentages are exact decimals with two places (1.25 %), never floating point, because they are money. The
 * month's total is capped at {@code monthlyCapPercent}: no month takes more than that share of the allowance.
 *
 * @param version the label BKPSDMD gives this version (the regulation's number, say), shown with every deduction
 * @param percents the percentage of every {@link DeductionCode}, each in 0–100 with at most two decimals
 * @param monthlyCapPercent the most a month can cost, 0–100
 */
public record DeductionRules(String version, LocalDate validFrom, Map<DeductionCode, BigDecimal> percents,
        BigDecimal monthlyCapPercent) {

    /** The stable code of every refusal of impossible deduction rules. */
    public static final String INVALID_DEDUCTION_RULES = "INVALID_DEDUCTION_RULES";

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    /**
     * The defaults of SAPO's design, in force since online attendance began in Merangin (3 January 2022):
     * TL1–TL4 and PSW1–PSW4 0.50, 1.00, 1.25 and 1.50 %; TK 3.00 % a day; a month at most 100 % (the whole
     * allowance).
     */
    public static final DeductionRules DEFAULT = new DeductionRules("DEFAULT", LocalDate.of(2022, 1, 3), defaults(),
            HUNDRED);

    public DeductionRules {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(percents, "percents");
        version = version.strip();
        if (version.isEmpty()) {
            throw invalid("a version of the deduction rules needs a label", Map.of());
        }
        Map<DeductionCode, BigDecimal> copy = new EnumMap<>(DeductionCode.class);
        percents.forEach((code, percent) -> copy.put(Objects.requireNonNull(code, "code"),
                percent(code.name(), percent)));
        if (copy.size() != DeductionCode.values().length) {
            List<DeductionCode> missing = Arrays.stream(DeductionCode.values())
                    .filter(code -> !copy.containsKey(code))
                    .toList();
            throw invalid("every code needs a percentage; missing " + missing, Map.of("missing", missing.toString()));
        }
        percents = Collections.unmodifiableMap(copy);
        monthlyCapPercent = percent("monthly cap", monthlyCapPercent);
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
    public static Optional<DeductionRules> inForce(YearMonth month, Collection<DeductionRules> versions) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(versions, "versions");
        LocalDate firstDay = month.atDay(1);
        List<DeductionRules> candidates = versions.stream()
                .map(rules -> Objects.requireNonNull(rules, "rules"))
                .filter(rules -> !rules.validFrom().isAfter(firstDay))
                .distinct()
                .sorted(Comparator.comparing(DeductionRules::validFrom).reversed())
                .toList();
        if (candidates.size() > 1 && candidates.get(0).validFrom().equals(candidates.get(1).validFrom())) {
            throw invalid("two versions of the deduction rules take effect on " + candidates.get(0).validFrom()
                    + ": " + candidates.get(0).version() + " and " + candidates.get(1).version(),
                    Map.of("validFrom", candidates.get(0).validFrom().toString()));
        }
        return candidates.stream().findFirst();
    }

    private static BigDecimal percent(String name, BigDecimal percent) {
        if (percent == null) {
            throw invalid(name + " needs a percentage", Map.of("setting", name));
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw invalid(name + " must be a percentage from 0 to 100 with at most two decimals, not "
                    + percent.toPlainString(), Map.of("setting", name, "value", percent.toPlainString()));
        }
        return percent.setScale(2);
    }

    private static InvalidInputException invalid(String message, Map<String, Object> details) {
        return new InvalidInputException(INVALID_DEDUCTION_RULES, message, details);
    }

    private static Map<DeductionCode, BigDecimal> defaults() {
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(DeductionCode.class);
        List<String> tiers = List.of("0.50", "1.00", "1.25", "1.50");
        for (int tier = 0; tier < tiers.size(); tier++) {
            percents.put(DeductionCode.valueOf("TL" + (tier + 1)), new BigDecimal(tiers.get(tier)));
            percents.put(DeductionCode.valueOf("PSW" + (tier + 1)), new BigDecimal(tiers.get(tier)));
        }
        percents.put(DeductionCode.TK, new BigDecimal("3.00"));
        return percents;
    }
}
