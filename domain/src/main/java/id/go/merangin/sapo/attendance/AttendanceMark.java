package id.go.merangin.sapo.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted CHECK_IN, CHECK_OUT or APEL, as much of it as a day's code needs: read for many ASN at once, so the
 * events themselves (with their positions and photos) are not loaded.
 */
public record AttendanceMark(
        long employeeId, LocalDate workDate, AttendanceEventType type, Instant serverTime, boolean manual) {}
