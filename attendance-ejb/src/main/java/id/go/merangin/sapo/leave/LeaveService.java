package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Leave requests: an ASN submits one; the admin OPD or pimpinan approves or rejects it (audited). */
@Stateless
public class LeaveService {

    static final int MAX_DAYS = 366;

    @Inject
    LeaveRequestRepository requests;

    @Inject
    EmployeeRepository employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public long submit(AuthenticatedAsn asn, LeaveType type, LocalDate startDate, LocalDate endDate,
            String reason) {
        if (endDate.isBefore(startDate)) {
            throw new InvalidInputException("INVALID_DATES", "endDate is before startDate",
                    Map.of("field", "endDate"));
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) >= MAX_DAYS) {
            throw new InvalidInputException("INVALID_DATES", "a request may cover at most " + MAX_DAYS + " days",
                    Map.of("field", "endDate"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("INVALID_FIELD", "reason needs 1 to 1000 characters",
                    Map.of("field", "reason"));
        }
        Employee employee = employees.find(asn.employeeId()).orElseThrow();
        LeaveRequest request = requests.store(new LeaveRequest(employee, type, startDate, endDate, reason.strip(),
                null, clock.instant()));
        return request.id();
    }

    public void decide(long requestId, boolean approve, String note, String decidedBy) {
        LeaveRequest request = requests.find(requestId)
                .orElseThrow(() -> new NotFoundException("NOT_FOUND", "no leave request " + requestId));
        if (request.state() != LeaveState.PENDING) {
            throw new ConflictException("ALREADY_DECIDED", "the request is " + request.state() + " already");
        }
        request.decide(approve, note, decidedBy, clock.instant());
        audit.record(approve ? "LEAVE_APPROVED" : "LEAVE_REJECTED", "LeaveRequest", requestId, note);
    }
}
