package id.go.merangin.sapo.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where attendance events, accepted and refused, are kept. */
public interface AttendanceEventRepository {

    AttendanceEvent store(AttendanceEvent event);

    /**
     * Keeps the event and writes it at once, with whatever else waits to be written: a second row of the same attempt
     * is refused here by the database, not at the commit.
     */
    AttendanceEvent storeNow(AttendanceEvent event);

    Optional<AttendanceEvent> find(long id);

    Optional<AttendanceEvent> acceptedOn(long employeeId, LocalDate workDate, AttendanceEventType type);

    /**
     * In one query, the employee's event answering {@code key}, every event of theirs since {@code since}, and
     * whether a file with {@code photoSha256} (may be null: none) is kept already: what a check-in checks before it
     * records anything.
     */
    RecentEvents recent(long employeeId, String key, Instant since, String photoSha256);

    /** The employee's events (accepted and refused) between two work dates, in time order. */
    List<AttendanceEvent> between(long employeeId, LocalDate from, LocalDate until);

    /** The selected events from the {@code first} on, at most {@code max}, newest first. */
    List<ReviewedEvent> reviewed(EventSelection selection, int first, int max);

    /** How many events are selected. */
    long count(EventSelection selection);

    /**
     * The accepted CHECK_IN, CHECK_OUT and APEL of {@code employeeIds} between two work dates, in time order: what
     * the daily codes of many ASN are worked out from.
     */
    List<AttendanceMark> acceptedMarks(Collection<Long> employeeIds, LocalDate from, LocalDate until);
}
