package id.go.merangin.sapo.leave;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An approved request, as much of it as a day's code needs: read for many ASN at once, so the requests themselves
 * are not loaded.
 */
public record ApprovedLeave(
        long employeeId, LeaveType type, LocalDate firstDay, LocalDate lastDay, LocalTime permitTime) {

    /** Whether the request covers {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
