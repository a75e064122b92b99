package id.go.merangin.sapo.attendance;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How many minutes late an ASN checked in and how many minutes early they checked out, the numbers the tiers and
 * the recap are built on. Both read the event time the way a clock showing hours and minutes would, which is how
 * schedules, windows and the app show time:
 * <ul>
 * <li>late minutes are the whole minutes after the start, truncated: a check-in at 07:30:59 reads 07:30 and is on
 * time, 07:31:00 is 1 minute late. The seconds of the start minute are the ASN's benefit of the doubt.</li>
 * <li>early-leave minutes are the minutes before the end, rounded up: a check-out at 15:59:01 reads 15:59 and is 1
 * minute early, 16:00:00 is on time. The end minute is reached only when the clock shows it, so the ASN has to wait
 * for 16:00 exactly as they would watching a wall clock.</li>
 * </ul>
 * Events before the start or after the end are 0 minutes. Times are local times of the same work day.
 */
public final class Lateness {

    private Lateness() {
    }

    /** The whole minutes {@code checkIn} is after {@code scheduledStart}, truncated; 0 when not after. */
    public static int lateMinutes(LocalTime scheduledStart, LocalTime checkIn) {
        Objects.requireNonNull(scheduledStart, "scheduledStart");
        Objects.requireNonNull(checkIn, "checkIn");
        if (!checkIn.isAfter(scheduledStart)) {
            return 0;
        }
        return (int) Duration.between(scheduledStart, checkIn).toMinutes();
    }

    /** The minutes {@code checkOut} is before {@code scheduledEnd}, rounded up to the minute; 0 when not before. */
    public static int earlyLeaveMinutes(LocalTime scheduledEnd, LocalTime checkOut) {
        Objects.requireNonNull(scheduledEnd, "scheduledEnd");
        Objects.requireNonNull(checkOut, "checkOut");
        if (!checkOut.isBefore(scheduledEnd)) {
            return 0;
        }
        Duration early = Duration.between(checkOut, scheduledEnd);
        long minutes = early.toMinutes();
        return (int) (early.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1);
    }
}
