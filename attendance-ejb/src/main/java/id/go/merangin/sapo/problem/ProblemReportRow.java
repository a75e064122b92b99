package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import java.time.Instant;
import java.util.List;

/**
 * A problem report as an officer reviews it: whose, what, the refused attempt it is about (its reason and distance)
 * and the answers so far.
 */
public record ProblemReportRow(long id, long employeeId, String nip, String name, String opdName,
        ProblemCategory category, String message, Long attemptId, String attemptReason, Double attemptDistanceM,
        Instant attemptTime, ProblemStatus status, Instant createdAt, List<ProblemReportView.ReplyView> replies) {

    static ProblemReportRow of(ProblemReport report) {
        AttendanceEvent attempt = report.attempt().orElse(null);
        return new ProblemReportRow(report.id(), report.employee().id(), report.employee().nip().value(),
                report.employee().name(), report.employee().opd().name(), report.category(), report.message(),
                attempt == null ? null : attempt.id(),
                attempt == null ? null : attempt.reasonCode().orElse(null),
                attempt == null ? null : attempt.distanceM().orElse(null),
                attempt == null ? null : attempt.serverTime(), report.status(), report.createdAt(),
                ProblemReportView.of(report).replies());
    }
}
