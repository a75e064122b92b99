package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import java.time.Instant;
import java.util.List;

/**
 * A problem report as the ASN sees it in the app: what they wrote, about which refused attempt, where it stands, and
 * the admins' answers, oldest first. {@code attemptId} is null for a report about no attempt.
 */
public record ProblemReportView(
        long id,
        ProblemCategory category,
        String message,
        Long attemptId,
        ProblemStatus status,
        Instant createdAt,
        List<ReplyView> replies) {

    /** One answer of an admin. */
    public record ReplyView(String author, String message, Instant createdAt) {}

    static ProblemReportView of(ProblemReport report) {
        return new ProblemReportView(
                report.id(),
                report.category(),
                report.message(),
                report.attempt().map(AttendanceEvent::id).orElse(null),
                report.status(),
                report.createdAt(),
                report.replies().stream()
                        .map(reply -> new ReplyView(reply.author(), reply.message(), reply.createdAt()))
                        .toList());
    }
}
