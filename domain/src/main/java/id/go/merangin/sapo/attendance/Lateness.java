package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.schedule.DaySchedule;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How many minutes late an ASN checked in and how many minutes early they checked out, the numbers the tiers, the
 * recap and the discipline ladder are built on. Both count <em>working</em> time only and are measured the same
 * way:
 * <ul>
 * <li>the break is not working time: a check-in at 13:00 on a day of 07:30–16:00 with a break 12:00–13:00 is 270
 * minutes late (07:30–12:00), not 330; a check-out at 12:30 is 180 minutes early (13:00–16:00);</li>
 * <li>seconds are dropped both ways: 30 min 59 s late is 30 minutes (TL1), and so is 30 min 59 s early (PSW1); a
 * check-in at 07:30:59 is on time, and so is a check-out at 15:59:01.</li>
 * </ul>
 * Events before the start or after the end are 0 minutes; a time outside the day counts up to its edge.
 */
public final class Lateness {

    private Lateness() {}

    /** The whole working minutes from the start of {@code day} to {@code checkIn}; 0 when not after the start. */
    public static int lateMinutes(DaySchedule day, LocalTime checkIn) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(checkIn, "checkIn");
        return workingMinutes(day, day.start(), checkIn);
    }

    /** The whole working minutes from {@code checkOut} to the end of {@code day}; 0 when not before the end. */
    public static int earlyLeaveMinutes(DaySchedule day, LocalTime checkOut) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(checkOut, "checkOut");
        return workingMinutes(day, checkOut, day.end());
    }

    /**
     * The late minutes of {@code checkIn} with an approved izin datang terlambat until {@code excusedUntil} (none:
     * {@code null}): the working minutes from the later of the start and that time.
     */
    public static int lateMinutes(DaySchedule day, LocalTime checkIn, LocalTime excusedUntil) {
        return excusedUntil == null
                ? lateMinutes(day, checkIn)
                : workingMinutes(day, excusedUntil, Objects.requireNonNull(checkIn, "checkIn"));
    }

    /**
     * The early-leave minutes of {@code checkOut} with an approved izin pulang cepat from {@code excusedFrom} (none:
     * {@code null}): the working minutes up to the earlier of that time and the end.
     */
    public static int earlyLeaveMinutes(DaySchedule day, LocalTime checkOut, LocalTime excusedFrom) {
        return excusedFrom == null
                ? earlyLeaveMinutes(day, checkOut)
                : workingMinutes(day, Objects.requireNonNull(checkOut, "checkOut"), excusedFrom);
    }

    /**
     * The whole minutes {@code checkOut} is after the end of {@code day} (seconds dropped); 0 when not after. This is
     * time beyond the working day, which is what makes up for a late arrival.
     */
    public static int minutesAfterEnd(DaySchedule day, LocalTime checkOut) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(checkOut, "checkOut");
        return checkOut.isAfter(day.end())
                ? (int) Duration.between(day.end(), checkOut).toMinutes()
                : 0;
    }

    /**
     * The whole working minutes of {@code day} between {@code from} and {@code to}: the part of that span inside
     * the working hours, less the break, seconds dropped; 0 when {@code to} is not after {@code from}.
     */
    public static int workingMinutes(DaySchedule day, LocalTime from, LocalTime to) {
        Objects.requireNonNull(day, "day");
        LocalTime start = latest(from, day.start());
        LocalTime end = earliest(to, day.end());
        if (!end.isAfter(start)) {
            return 0;
        }
        Duration working = Duration.between(start, end);
        if (day.hasBreak()) {
            LocalTime breakFrom = latest(start, day.breakStart());
            LocalTime breakTo = earliest(end, day.breakEnd());
            if (breakTo.isAfter(breakFrom)) {
                working = working.minus(Duration.between(breakFrom, breakTo));
            }
        }
        return (int) working.toMinutes();
    }

    private static LocalTime latest(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earliest(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
