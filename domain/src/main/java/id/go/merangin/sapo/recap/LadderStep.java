package id.go.merangin.sapo.recap;

import java.util.Objects;

/**
 * One step of the {@link DisciplineLadder}: from {@code days} days in a calendar year, {@code sanction}.
 *
 * @param days the days of absence (TK days and minutes counted as days) at which the step is reached, at least 1
 */
public record LadderStep(int days, Sanction sanction) {

    public LadderStep {
        Objects.requireNonNull(sanction, "sanction");
    }
}
