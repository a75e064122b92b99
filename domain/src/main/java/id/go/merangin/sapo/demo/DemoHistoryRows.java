package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.attendance.Lateness;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Coordinates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The raw facts of the demo regency's history, as the demo plan makes them and the demo store writes them: days the
 * ASN came, leave requests, open problem reports and phone moves. Demo data only: never an ASN's real attendance.
 */
public final class DemoHistoryRows {

    private DemoHistoryRows() {}

    /** Where and when the phone reported an event, and how the geofence judged it. */
    public record Punch(LocalTime time, Coordinates position, double accuracyM, long locationId, double distanceM) {}

    /**
     * A day the ASN came: the accepted CHECK_IN and, unless forgotten, CHECK_OUT; the minutes late and early as the
     * check-in keeps them ({@link Lateness}, by the day's schedule). A manual day has no position (recorded by the
     * admin OPD from the paper list).
     */
    public record Attendance(
            long employeeId,
            LocalDate date,
            Punch checkIn,
            int lateMinutes,
            Punch checkOut,
            int earlyMinutes,
            boolean manual) {

        public Optional<Punch> checkOutPunch() {
            return Optional.ofNullable(checkOut);
        }

        /** What of this day has happened by {@code time}: nothing before the check-in, no check-out before it. */
        public Optional<Attendance> soFar(LocalTime time) {
            if (checkIn.time().isAfter(time)) {
                return Optional.empty();
            }
            return checkOut == null || !checkOut.time().isAfter(time)
                    ? Optional.of(this)
                    : Optional.of(new Attendance(employeeId, date, checkIn, lateMinutes, null, 0, manual));
        }
    }

    /** A leave request: approved when it is history, pending when it still waits for the officer. */
    public record Leave(
            long employeeId,
            LeaveType type,
            LocalDate firstDay,
            LocalDate lastDay,
            String reason,
            LocalDate requestedOn,
            boolean approved) {}

    /** An OPEN problem report about a refused CHECK_IN (outside the fence) made just before an accepted one. */
    public record ProblemReport(long employeeId, LocalDate date, Punch refusedAttempt, String message) {}

    /** A PENDING request to move an account to a new phone. */
    public record Rebind(long employeeId, String deviceId, String deviceModel, String reason) {}
}
