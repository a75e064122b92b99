package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import java.time.Instant;
import java.util.List;

/**
 * A problem report as an officer reviews it: whose, what, the refused attempt it is about (its reason and distance,
 * and whether a manual attendance was recorded for it) and the answers so far.
 */
public record ProblemReportRow(
        long id,
        long employeeId,
        String nip,
        String name,
        String opdName,
        ProblemCategory category,
        String message,
        Long attemptId,
        String attemptReason,
        Double attemptDistanceM,
        Instant attemptTime,
        boolean attemptRefused,
        boolean manualRecorded,
        ProblemStatus status,
        Instant createdAt,
        List<ProblemReportView.ReplyView> replies) {

    /** Whether a manual attendance may still be recorded from this report. */
    public boolean manualPossible() {
        return attemptRefused && !manualRecorded;
    }

    static ProblemReportRow of(ProblemReport report, boolean manualRecorded) {
        AttendanceEvent attempt = report.attempt().orElse(null);
        return new ProblemReportRow(
                report.id(),
                report.employee().id(),
                report.employee().nip().value(),
                report.employee().name(),
                report.employee().opd().name(),
                report.category(),
                report.message(),
                attempt == null ? null : attempt.id(),
                attempt == null ? null : attempt.reasonCode().orElse(null),
                attempt == null ? null : attempt.distanceM().orElse(null),
                attempt == null ? null : attempt.serverTime(),
                attempt != null && !attempt.isAccepted(),
                manualRecorded,
                report.status(),
                report.createdAt(),
                ProblemReportView.of(report).replies());
    }
}
