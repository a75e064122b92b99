package id.go.merangin.sapo.board;

import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.leave.LeaveType;
import java.time.Instant;

/**
 * One row behind a board figure: the ASN, and what the figure counted of them today. Parts that do not apply to the
 * figure are {@code null}:
 *
 * @param eventId the attendance event counted (a check-in or a refused attempt)
 * @param time when it reached the server
 * @param lateMinutes the minutes a check-in was late, 0 when on time
 * @param tier the lateness tier of those minutes, by the domain's bands
 * @param leaveType the approved request that excuses the day
 * @param refusal the stable code of a refused attempt's reason ({@code OUTSIDE_GEOFENCE}, ...)
 */
public record BoardPerson(
        long employeeId,
        String nip,
        String name,
        String opdName,
        Long eventId,
        Instant time,
        Integer lateMinutes,
        LatenessTier tier,
        LeaveType leaveType,
        String refusal) {}
