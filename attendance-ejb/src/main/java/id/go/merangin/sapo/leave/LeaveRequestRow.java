package id.go.merangin.sapo.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A leave request as an officer reviews it: whose, what, when, and how it was decided. */
public record LeaveRequestRow(
        long id,
        String nip,
        String name,
        String opdName,
        LeaveType type,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime permitTime,
        String reason,
        LeaveState state,
        String decisionNote,
        String decidedBy,
        Instant decidedAt,
        Long attachmentId,
        Instant createdAt) {

    static LeaveRequestRow of(LeaveRequest request) {
        return new LeaveRequestRow(
                request.id(),
                request.employee().nip().value(),
                request.employee().name(),
                request.employee().opd().name(),
                request.type(),
                request.startDate(),
                request.endDate(),
                request.permitTime().orElse(null),
                request.reason(),
                request.state(),
                request.decisionNote().orElse(null),
                request.decidedBy().orElse(null),
                request.decidedAt().orElse(null),
                request.attachment().map(file -> file.id()).orElse(null),
                request.createdAt());
    }
}
