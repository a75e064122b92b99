package id.go.merangin.sapo.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A leave request as the ASN sees it in the app: what was asked, where it stands and the admin's note once decided.
 * The attachment itself is not part of it, only whether there is one. Null fields do not apply yet.
 */
public record LeaveRequestView(
        long id,
        LeaveType type,
        LocalDate startDate,
        LocalDate endDate,
        String permitTime,
        String reason,
        LeaveState state,
        String decisionNote,
        Instant decidedAt,
        boolean hasAttachment,
        Instant createdAt) {

    static LeaveRequestView of(LeaveRequest request) {
        return new LeaveRequestView(
                request.id(),
                request.type(),
                request.startDate(),
                request.endDate(),
                request.permitTime()
                        .map(time -> time.format(DateTimeFormatter.ofPattern("HH:mm")))
                        .orElse(null),
                request.reason(),
                request.state(),
                request.decisionNote().orElse(null),
                request.decidedAt().orElse(null),
                request.attachment().isPresent(),
                request.createdAt());
    }
}
