package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.InvalidInputException;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The steps of PP 94/2021 on civil servants' discipline for not coming to work: TK days add up over a calendar year,
 * and so do the minutes late (after make-up) and left early, counted as days of 7.5 hours (450 minutes). Each step
 * (by default 3, 7, 11, 21 and 28 days) calls for a heavier sanction, decided by people, not by SAPO; the recap only
 * shows where each ASN stands (see {@link LadderStanding}).
 *
 * <p>A day without CHECK_IN or CHECK_OUT adds no minutes: its TL4 or PSW4 is priced by the deduction rules, and the
 * minutes it would stand for are not known.
 *
 * @param steps the days at which a step is reached, strictly increasing from at least 1
 * @param minutesPerDay the minutes late or early that count as one day
 */
public record DisciplineLadder(List<Integer> steps, int minutesPerDay) {

    /** The stable code of every refusal of an impossible ladder. */
    public static final String INVALID_DISCIPLINE_LADDER = "INVALID_DISCIPLINE_LADDER";

    /** Steps at 3, 7, 11, 21 and 28 days; 450 minutes (7.5 hours) a day. */
    public static final DisciplineLadder DEFAULT = new DisciplineLadder(List.of(3, 7, 11, 21, 28), 450);

    public DisciplineLadder {
        Objects.requireNonNull(steps, "steps");
        steps = List.copyOf(steps);
        boolean increasing = !steps.isEmpty() && steps.get(0) >= 1;
        for (int i = 1; increasing && i < steps.size(); i++) {
            increasing = steps.get(i) > steps.get(i - 1);
        }
        if (!increasing || minutesPerDay < 1) {
            throw new InvalidInputException(INVALID_DISCIPLINE_LADDER, "the steps must be strictly increasing from "
                    + "at least 1 day and a day at least 1 minute, not " + steps + " and " + minutesPerDay,
                    Map.of("steps", steps.toString(), "minutesPerDay", minutesPerDay));
        }
    }

    /** Where an ASN stands with {@code absentDays} TK days and {@code lateAndEarlyMinutes} minutes this year. */
    public LadderStanding standingOf(int absentDays, int lateAndEarlyMinutes) {
        return new LadderStanding(this, absentDays, lateAndEarlyMinutes);
    }

    /**
     * Where an ASN stands in {@code year} after {@code months}: their TK days, and their late minutes after make-up
     * plus their early-leave minutes. Each month counts once and must belong to the year.
     */
    public LadderStanding standingOf(Year year, List<MonthSummary> months) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(months, "months");
        Set<YearMonth> seen = new HashSet<>();
        int absentDays = 0;
        int minutes = 0;
        for (MonthSummary month : months) {
            if (month.month().getYear() != year.getValue()) {
                throw new IllegalArgumentException(month.month() + " is not in " + year);
            }
            if (!seen.add(month.month())) {
                throw new IllegalArgumentException(month.month() + " is counted twice");
            }
            absentDays += month.absentDays();
            minutes += month.effectiveLateMinutes() + month.earlyLeaveMinutes();
        }
        return standingOf(absentDays, minutes);
    }
}
