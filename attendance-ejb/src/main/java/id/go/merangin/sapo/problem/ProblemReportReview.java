package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import id.go.merangin.sapo.attendance.AttendanceEventRepository;
import id.go.merangin.sapo.attendance.AttendanceLedger;
import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.schedule.AttendanceWindows;
import id.go.merangin.sapo.schedule.DayPlans;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The officers' side of problem reports: the reports of the ASN in reach, open ones first, and the answers. The
 * admin OPD (or BKPSDMD) answers, signed with its name, and the ASN reads the answer through the API; a pimpinan
 * reads but does not answer.
 */
@Stateless
public class ProblemReportReview {

    static final int MAX_REASON_LENGTH = 1000;

    @Inject
    ProblemReportRepository reports;

    @Inject
    OfficerScope scope;

    @Inject
    EmployeeRepository employees;

    @Inject
    AttendanceEventRepository events;

    @Inject
    DayPlans plans;

    @Inject
    AttendanceLedger ledger;

    @Inject
    LeaveRequestRepository leaves;

    @Inject
    MonthClose monthClose;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ProblemReportRow> page(int first, int size, ProblemStatus status) {
        return reports.ofOpds(scope.visibleOpdIds(scope.current()), status, first, size).stream()
                .map(this::row)
                .toList();
    }

    public long count(ProblemStatus status) {
        return reports.countOfOpds(scope.visibleOpdIds(scope.current()), status);
    }

    /** Answers a report of an ASN in the caller's reach; the report is answered from now on. */
    public ProblemReportRow reply(long reportId, String message) {
        Officer officer = scope.current();
        ProblemReport report = managed(officer, reportId);
        report.answer(officer.username(), message, clock.instant());
        audit.record("PROBLEM_REPORT_ANSWERED", "ProblemReport", reportId, null);
        return row(report);
    }

    /**
     * Records the attendance of a refused attempt that a report is about, on the ASN's behalf: the attempt's type,
     * time and position, accepted and marked manual with the admin's reason (mandatory), audited. Only one accepted
     * event of a type per day, as from the phone.
     */
    public ProblemReportRow recordManualAttendance(long reportId, String reason) {
        Officer officer = scope.current();
        ProblemReport report = managed(officer, reportId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(ProblemCode.REASON_REQUIRED, "a manual attendance must say why");
        }
        String why = FreeText.of(reason, "reason", MAX_REASON_LENGTH).strip();
        AttendanceEvent attempt = report.attempt()
                .filter(found -> !found.isAccepted())
                .orElseThrow(() -> new InvalidInputException(
                        ProblemCode.NO_REFUSED_ATTEMPT, "the report is not about a refused attempt"));
        monthClose.requireOpen(YearMonth.from(attempt.workDate()));
        Employee employee = employees.lockForWrites(report.employee().id());
        if (events.acceptedOn(employee.id(), attempt.workDate(), attempt.type()).isPresent()) {
            throw new ConflictException(
                    ProblemCode.ALREADY_RECORDED,
                    "a " + attempt.type() + " on " + attempt.workDate() + " is recorded already");
        }
        AttendanceWindows windows = plans.of(employee.id(), employee.opd(), attempt.workDate())
                .windows()
                .orElseThrow(() -> new InvalidInputException(
                        ProblemCode.NOT_A_WORKDAY, attempt.workDate() + " has no working hours"));
        LocalTime time = attempt.serverTime().atZone(employee.opd().zone()).toLocalTime();
        AttendanceEvent manual = ledger.acceptManually(
                attempt,
                windows.schedule(),
                PartDayPermits.of(leaves.approvedOn(employee.id(), attempt.workDate())),
                time,
                why);
        audit.record(
                "MANUAL_ATTENDANCE",
                "AttendanceEvent",
                manual.id(),
                AuditDetail.of("eventType", attempt.type())
                        .and("workDate", attempt.workDate())
                        .and("time", time)
                        .and("report", reportId)
                        .and("reason", why));
        daysChanged.fire(DaysChanged.ofEmployee(employee.id(), attempt.workDate(), attempt.workDate()));
        return row(report);
    }

    private ProblemReportRow row(ProblemReport report) {
        boolean manual = report.attempt()
                .flatMap(attempt -> events.acceptedOn(report.employee().id(), attempt.workDate(), attempt.type()))
                .map(AttendanceEvent::isManual)
                .orElse(false);
        return ProblemReportRow.of(report, manual);
    }

    /** The report {@code reportId} of an ASN the officer manages; NOT_FOUND or FORBIDDEN_OPD otherwise. */
    private ProblemReport managed(Officer officer, long reportId) {
        ProblemReport report = reports.find(reportId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no problem report " + reportId));
        officer.requireManage(report.employee().opd());
        return report;
    }
}
