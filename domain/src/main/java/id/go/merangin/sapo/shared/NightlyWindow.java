package id.go.merangin.sapo.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a nightly job may run: between midnight and 06:00 in the regency's zone, well before the morning rush. A
 * timer that fires later (one caught up when a server starts after a night it was down) does nothing: the next night
 * mends whatever was missed, and a whole-month recap must not compete with thousands of check-ins.
 */
public final class NightlyWindow {

    /** The end of the night: a job fired at or after it waits for the next night. */
    public static final LocalTime ENDS = LocalTime.of(6, 0);

    private NightlyWindow() {}

    /** The night (its date) that a job fired at {@code firedAt} runs for, or empty when it fired outside the night. */
    public static Optional<LocalDate> nightOf(Instant firedAt, ZoneId zone) {
        ZonedDateTime local = firedAt.atZone(zone);
        return local.toLocalTime().isBefore(ENDS) ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
