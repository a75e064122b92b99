package id.go.merangin.sapo.schedule;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The time of day during which one attendance event may be recorded, at minute precision and inclusive at both
 * ends, as the ASN reads it: a window {@code 06:00–16:00} is open from 06:00:00 through the whole minute 16:00, up to
 * 16:00:59.999. Outside it the event is refused and the window is quoted in the reason.
 */
public record EventWindow(LocalTime opens, LocalTime closes) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public EventWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        DaySchedule.requireWholeMinute("window opening", opens);
        DaySchedule.requireWholeMinute("window closing", closes);
        if (closes.isBefore(opens)) {
            throw DaySchedule.invalid("a window must open before it closes, not " + format(opens, closes));
        }
    }

    /** Whether {@code time} falls in this window: from {@code opens} through the last second of {@code closes}. */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time");
        // Compared by the minute so that a window closing at 23:59 does not wrap around midnight.
        return !time.isBefore(opens) && !time.truncatedTo(ChronoUnit.MINUTES).isAfter(closes);
    }

    /** The window as shown to the ASN, e.g. {@code 06:00–16:00}. */
    @Override
    public String toString() {
        return format(opens, closes);
    }

    private static String format(LocalTime opens, LocalTime closes) {
        return HOURS_MINUTES.format(opens) + "–" + HOURS_MINUTES.format(closes);
    }
}
