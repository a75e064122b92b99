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
 * and a figure of 3.00 is never shown before the step of 3 days is reached.
 */
public record LadderStanding(DisciplineLadder ladder, int absentDays, int lateAndEarlyMinutes) {

    public LadderStanding {
        Objects.requireNonNull(ladder, "ladder");
        if (absentDays < 0 || lateAndEarlyMinutes < 0) {
            throw new IllegalArgumentException("days and minutes must not be negative, not " + absentDays + " and "
                    + lateAndEarlyMinutes);
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

    /** The highest step reached; empty below the first. */
    public OptionalInt stepReached() {
        return ladder.steps().stream()
                .mapToInt(Integer::intValue)
                .filter(step -> minutesOf(step) <= totalMinutes())
                .max();
    }

    /** The lowest step not reached yet; empty beyond the last. */
    public OptionalInt nextStep() {
        return ladder.steps().stream()
                .mapToInt(Integer::intValue)
                .filter(step -> minutesOf(step) > totalMinutes())
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
