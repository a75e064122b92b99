package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.recap.MonthClose;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The officers' side of leave requests: the requests of the ASN in reach, pending first, and the decision. An admin
 * OPD or pimpinan decides for its own OPD and sub-units, BKPSDMD for all; the ASN sees the decision in the app at
 * once. A rejection must say why.
 */
@Stateless
public class LeaveReview {

    static final int MAX_NOTE_LENGTH = 1000;

    @Inject
    LeaveRequestRepository requests;

    @Inject
    EmployeeRepository employees;

    @Inject
    OfficerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    MonthClose monthClose;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    Event<PartDayPermitApproved> permitApproved;

    /** A page of requests in reach, the pending ones first, then the newest; {@code state} null for all. */
    public List<LeaveRequestRow> page(int first, int size, LeaveState state) {
        return requests.ofOpds(scope.visibleOpdIds(scope.current()), state, first, size).stream()
                .map(LeaveRequestRow::of)
                .toList();
    }

    public long count(LeaveState state) {
        return requests.countOfOpds(scope.visibleOpdIds(scope.current()), state);
    }

    /** The approved requests of one ASN in reach that touch {@code from} to {@code until}, by start date. */
    public List<LeaveRequestRow> approvedOf(long employeeId, LocalDate from, LocalDate until) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId));
        scope.current().requireSee(employee.opd());
        return requests.approvedBetween(employee.id(), from, until).stream()
                .map(LeaveRequestRow::of)
                .toList();
    }

    /** Approves or rejects a pending request in the caller's reach, signed with the caller's name. */
    public LeaveRequestRow decide(long requestId, boolean approve, String note) {
        Officer officer = scope.current();
        LeaveRequest request = requests.find(requestId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no leave request " + requestId));
        officer.requireDecideRequestsOf(request.employee().opd());
        if (!approve && (note == null || note.isBlank())) {
            throw new InvalidInputException(ProblemCode.NOTE_REQUIRED, "a rejection must say why");
        }
        String text = note == null || note.isBlank() ? null : FreeText.of(note, "note", MAX_NOTE_LENGTH);
        if (request.state() != LeaveState.PENDING) {
            throw new ConflictException(ProblemCode.ALREADY_DECIDED, "the request is " + request.state() + " already");
        }
        monthClose.requireOpen(request.startDate(), request.endDate());
        request.decide(approve, text, officer.username(), clock.instant());
        audit.record(
                approve ? "LEAVE_APPROVED" : "LEAVE_REJECTED",
                "LeaveRequest",
                requestId,
                AuditDetail.of("leaveType", request.type())
                        .and("from", request.startDate())
                        .and("until", request.endDate())
                        .and("time", request.permitTime().orElse(null))
                        .and("note", text));
        if (approve && request.type().partDay()) {
            permitApproved.fire(new PartDayPermitApproved(request.employee().id(), request.startDate()));
        }
        if (approve) {
            daysChanged.fire(DaysChanged.ofEmployee(request.employee().id(), request.startDate(), request.endDate()));
        }
        return LeaveRequestRow.of(request);
    }
}
