package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The working hours of one workday: start, end and an optional break, at minute precision, all within the day
 * (start &lt; breakStart ≤ breakEnd &lt; end). {@code breakStart} and {@code breakEnd} are both {@code null} when the
 * day has no break. {@code breakEndRequired} says whether the ASN must record the return from the break
 * ({@code BREAK_END}); most schedules do not ask for it.
 */
public record DaySchedule(
        LocalTime start, LocalTime end, LocalTime breakStart, LocalTime breakEnd, boolean breakEndRequired) {

    /** The stable code of every refusal of an impossible schedule or window. */
    public DaySchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        requireWholeMinute("start", start);
        requireWholeMinute("end", end);
        if ((breakStart == null) != (breakEnd == null)) {
            throw invalid("a break needs both a start and an end");
        }
        if (breakStart == null) {
            if (breakEndRequired) {
                throw invalid("BREAK_END cannot be required on a day without a break");
            }
            if (!start.isBefore(end)) {
                throw invalid("the day must start before it ends, not " + start + "–" + end);
            }
        } else {
            requireWholeMinute("break start", breakStart);
            requireWholeMinute("break end", breakEnd);
            if (!start.isBefore(breakStart) || breakEnd.isBefore(breakStart) || !breakEnd.isBefore(end)) {
                throw invalid(
                        "the break " + breakStart + "–" + breakEnd + " must lie inside the day " + start + "–" + end);
            }
        }
    }

    /** A day with no break. */
    public static DaySchedule withoutBreak(LocalTime start, LocalTime end) {
        return new DaySchedule(start, end, null, null, false);
    }

    public boolean hasBreak() {
        return breakStart != null;
    }

    /** The time to be worked: from start to end, less the break. */
    public Duration workingTime() {
        Duration day = Duration.between(start, end);
        return hasBreak() ? day.minus(Duration.between(breakStart, breakEnd)) : day;
    }

    static void requireWholeMinute(String name, LocalTime time) {
        if (!time.equals(time.truncatedTo(ChronoUnit.MINUTES))) {
            throw invalid(name + " " + time + " must be a whole minute");
        }
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException(ProblemCode.INVALID_SCHEDULE, message);
    }
}
