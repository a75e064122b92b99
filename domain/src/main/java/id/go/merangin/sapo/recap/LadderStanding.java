package id.go.merangin.sapo.recap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where one ASN stands on the {@link DisciplineLadder} in a year. The steps are compared in whole minutes, never
 * in rounded days, so that 2 TK days and 449 minutes are not mistaken for 3 days. Shown as days, the figure is cut
 * to two decimals (2.99) and the days still to go are rounded up (0.01), so the two always add up to the next step
 * and a figure of 3.00 is never shown before the step of 3 days is reached. A run of TK days as long as the ladder's
 * {@code consecutiveDaysForDismissal} reaches the last step whatever the total.
 *
 * @param lateAndEarlyMinutes the minutes the year's present days count ({@link DailyCode#ladderMinutes()})
 * @param longestAbsenceRun the longest run of TK working days in a row
 */
public record LadderStanding(DisciplineLadder ladder, int absentDays, int lateAndEarlyMinutes, int longestAbsenceRun) {

    public LadderStanding {
        Objects.requireNonNull(ladder, "ladder");
        if (absentDays < 0 || lateAndEarlyMinutes < 0 || longestAbsenceRun < 0 || longestAbsenceRun > absentDays) {
            throw new IllegalArgumentException("days and minutes must not be negative, nor a run longer than the TK"
                    + " days, not " + absentDays + ", " + lateAndEarlyMinutes + " and " + longestAbsenceRun);
        }
    }

    /** TK days and minutes together, in minutes. */
    public long totalMinutes() {
        return (long) absentDays * ladder.minutesPerDay() + lateAndEarlyMinutes;
    }

    /** The cumulative days: TK days plus minutes at {@code minutesPerDay} a day, cut to two decimals. */
    public BigDecimal days() {
        return asDays(totalMinutes(), RoundingMode.DOWN);
    }

    /** Whether a run of TK days alone reached the last step. */
    public boolean reachedByRun() {
        return longestAbsenceRun >= ladder.consecutiveDaysForDismissal();
    }

    /** The highest step reached, by the days or by a run of TK days; empty below the first. */
    public Optional<LadderStep> step() {
        if (reachedByRun()) {
            return Optional.of(ladder.steps().get(ladder.steps().size() - 1));
        }
        return ladder.steps().stream()
                .filter(step -> minutesOf(step.days()) <= totalMinutes())
                .reduce((lower, higher) -> higher);
    }

    /** The sanction the year's absence calls for; empty below the first step. */
    public Optional<Sanction> sanction() {
        return step().map(LadderStep::sanction);
    }

    /** The days of the highest step reached; empty below the first. */
    public OptionalInt stepReached() {
        Optional<LadderStep> step = step();
        return step.isPresent() ? OptionalInt.of(step.get().days()) : OptionalInt.empty();
    }

    /** The days of the lowest step not reached yet; empty beyond the last, or once a run reached the last. */
    public OptionalInt nextStep() {
        if (reachedByRun()) {
            return OptionalInt.empty();
        }
        return ladder.steps().stream()
                .mapToInt(LadderStep::days)
                .filter(days -> minutesOf(days) > totalMinutes())
                .findFirst();
    }

    /** The minutes of TK or lateness still to go before the next step. */
    public OptionalLong minutesToNextStep() {
        OptionalInt next = nextStep();
        return next.isPresent() ? OptionalLong.of(minutesOf(next.getAsInt()) - totalMinutes()) : OptionalLong.empty();
    }

    /** The days still to go before the next step, rounded up to two decimals. */
    public Optional<BigDecimal> daysToNextStep() {
        OptionalLong minutes = minutesToNextStep();
        return minutes.isPresent() ? Optional.of(asDays(minutes.getAsLong(), RoundingMode.UP)) : Optional.empty();
    }

    private long minutesOf(int days) {
        return (long) days * ladder.minutesPerDay();
    }

    private BigDecimal asDays(long minutes, RoundingMode rounding) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(ladder.minutesPerDay()), 2, rounding);
    }
}
