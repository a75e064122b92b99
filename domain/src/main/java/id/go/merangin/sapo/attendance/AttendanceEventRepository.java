package id.go.merangin.sapo.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where attendance events, accepted and refused, are kept. */
public interface AttendanceEventRepository {

    AttendanceEvent store(AttendanceEvent event);

    Optional<AttendanceEvent> find(long id);

    Optional<AttendanceEvent> byIdempotencyKey(long employeeId, String key);

    Optional<AttendanceEvent> acceptedOn(long employeeId, LocalDate workDate, AttendanceEventType type);

    /** The employee's latest accepted event that has a position, for the travel-speed check. */
    Optional<AttendanceEvent> latestPositioned(long employeeId);

    /** The employee's events (accepted and refused) between two work dates, in time order. */
    List<AttendanceEvent> between(long employeeId, LocalDate from, LocalDate until);
}
