package id.go.merangin.sapo.attendance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a check-in needs to know of the ASN's earlier events, read in one query: the event a retried request already
 * answered (by its Idempotency-Key, however old), and the events since yesterday, which hold today's accepted
 * CHECK_IN and CHECK_OUT and the last position for the travel-speed check (a position older than a day cannot make
 * a journey within the regency impossible); and whether the attempt's photo was seen before (the same bytes kept
 * already, for any ASN), which flags the event for review.
 */
public record RecentEvents(List<AttendanceEvent> events, boolean photoSeenBefore) {

    public RecentEvents {
        events = List.copyOf(events);
    }

    /** The event that answered the request with {@code key}. */
    public Optional<AttendanceEvent> answering(String key) {
        return events.stream()
                .filter(event -> event.idempotencyKey().filter(key::equals).isPresent())
                .findFirst();
    }

    /** The accepted event of {@code type} on {@code workDate}. */
    public Optional<AttendanceEvent> acceptedOn(LocalDate workDate, AttendanceEventType type) {
        return events.stream()
                .filter(event -> event.isAccepted()
                        && event.type() == type
                        && event.workDate().equals(workDate))
                .findFirst();
    }

    /** The latest accepted event with a position. */
    public Optional<AttendanceEvent> latestPositioned() {
        return events.stream()
                .filter(event -> event.isAccepted() && event.position().isPresent())
                .max(Comparator.comparing(AttendanceEvent::serverTime));
    }
}
