package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.RefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The activation codes an ASN registers with: the admin OPD (or BKPSDMD) issues one per ASN without an account and
 * hands it over or prints it ({@link ActivationCode} has the rules); registration checks it.
 */
@Stateless
public class ActivationCodes {

    @Inject
    AccountRepository accounts;

    @Inject
    EmployeeRepository employees;

    @Inject
    OfficerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * A new code for an ASN of the caller's reach who has no account yet; an older code of theirs stops working.
     * The code is in the answer only: SAPO keeps its hash, and the audit log says that a code was issued, not which.
     */
    public ActivationLetter issue(long employeeId) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId));
        Officer officer = scope.current();
        officer.requireManage(employee.opd());
        if (!employee.isActive()) {
            throw new ConflictException(ProblemCode.EMPLOYEE_INACTIVE, employee.nip() + " is no longer active");
        }
        if (accounts.findByEmployee(employee).isPresent()) {
            throw new ConflictException(
                    ProblemCode.ALREADY_REGISTERED, "NIP " + employee.nip() + " has an account already");
        }
        ActivationCode.Issued issued = ActivationCode.issue(employee, officer.username(), clock.instant());
        accounts.replaceActivationCode(employee, issued.kept());
        audit.record("ACTIVATION_CODE_ISSUED", "Employee", employee.id(), null);
        return new ActivationLetter(
                employee.nip().toString(),
                employee.name(),
                employee.opd().name(),
                issued.code(),
                issued.kept().expiresAt());
    }

    /**
     * Checks the code an ASN registers with, and spends it: a wrong one counts towards spending their code (the
     * count is kept although registration is refused), a missing, expired, spent or replaced one is refused alike.
     */
    public void spend(Employee employee, String typed) {
        Instant now = clock.instant();
        ActivationCode code = accounts.liveActivationCodeOf(employee)
                .filter(live -> live.isUsableAt(now))
                .orElse(null);
        if (code == null || !code.matches(typed)) {
            if (code != null) {
                code.recordWrongTry();
            }
            throw new RefusedException(
                    ProblemCode.ACTIVATION_CODE_INVALID,
                    "wrong, expired or spent activation code for " + employee.nip(),
                    Map.of());
        }
        code.end(now);
    }

    /** The NIP, name and OPD of each ASN of the OPD without an account yet, for a printed list of letters. */
    public List<ActivationLetter> issueForUnregistered(long opdId) {
        return accounts.activeEmployeesWithoutAccount(opdId).stream()
                .map(this::issue)
                .toList();
    }
}
