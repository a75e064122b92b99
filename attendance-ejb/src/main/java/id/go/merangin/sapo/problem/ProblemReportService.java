package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import id.go.merangin.sapo.attendance.AttendanceEventRepository;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.shared.IdempotencyKey;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Problem reports (lapor kendala): an ASN reports a problem to the admin OPD, optionally naming one of their own
 * refused attempts, and reads their reports with the answers; the admin OPD answers through {@link ProblemReportReview}. An ASN naming an
 * attempt or asking for a report that is not theirs is told it does not exist, so ids cannot be probed.
 */
@Stateless
public class ProblemReportService {

    @Inject
    ProblemReportRepository reports;

    @Inject
    AttendanceEventRepository events;

    @Inject
    EmployeeRepository employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Submits an open report; {@code attemptId} may be null, or must name a refused attempt of this ASN. */
    public ProblemReportView submit(
            AuthenticatedAsn asn, ProblemCategory category, String message, Long attemptId, String idempotencyKey) {
        Optional<String> key = IdempotencyKey.optional(idempotencyKey);
        Employee employee = employees.lockForWrites(asn.employeeId());
        Optional<ProblemReport> retried = key.flatMap(k -> reports.byIdempotencyKey(employee.id(), k));
        if (retried.isPresent()) {
            return ProblemReportView.of(retried.get());
        }
        AttendanceEvent attempt = attemptId == null
                ? null
                : events.find(attemptId)
                        .filter(event -> !event.isAccepted() && event.employee().id() == asn.employeeId())
                        .orElseThrow(() -> new NotFoundException(
                                ProblemCode.NOT_FOUND,
                                "no refused attempt " + attemptId + " of employee " + asn.employeeId(),
                                Map.of("field", "attemptId")));
        return ProblemReportView.of(
                reports.store(new ProblemReport(employee, category, message, attempt, clock.instant())
                        .answeringKey(key.orElse(null))));
    }

    /** The ASN's own reports, newest first, with their answers. */
    public List<ProblemReportView> mine(AuthenticatedAsn asn) {
        Employee employee = employees.find(asn.employeeId()).orElseThrow();
        return reports.of(employee).stream().map(ProblemReportView::of).toList();
    }

    /** One of the ASN's own reports; another ASN's answers {@code NOT_FOUND} like a missing one. */
    public ProblemReportView get(AuthenticatedAsn asn, long reportId) {
        return reports.find(reportId)
                .filter(report -> report.employee().id() == asn.employeeId())
                .map(ProblemReportView::of)
                .orElseThrow(() -> new NotFoundException(
                        ProblemCode.NOT_FOUND, "no problem report " + reportId + " of employee " + asn.employeeId()));
    }
}
