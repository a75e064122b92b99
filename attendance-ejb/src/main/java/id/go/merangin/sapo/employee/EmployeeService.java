package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.recap.RecapService;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The ASN master data: adding and changing the records that registration is matched against. Only the admin OPD of
 * the ASN's OPD (or a unit above it) and BKPSDMD may; a transfer needs reach over both OPDs.
 */
@Stateless
public class EmployeeService {

    @Inject
    EmployeeRepository employees;

    @Inject
    OpdRepository opds;

    @Inject
    AuditTrail audit;

    @Inject
    RecapService recaps;

    @Inject
    OfficerScope scope;

    @Inject
    OpdPostings postings;

    @Inject
    MonthClose monthClose;

    @Inject
    Clock clock;

    /**
     * Adds the master record of one ASN. The NIP must be valid and agree with the birth date, and must not be in
     * use; otherwise nothing is stored.
     */
    public long addMasterRecord(
            String nip, String name, LocalDate birthDate, String position, String rank, String opdCode) {
        Nip valid = Nip.of(nip);
        if (employees.findByNip(valid).isPresent()) {
            throw new ConflictException(
                    ProblemCode.DUPLICATE_NIP, "NIP " + nip + " is already registered as an ASN", Map.of("nip", nip));
        }
        Opd opd = opd(opdCode);
        scope.current().requireManage(opd);
        Employee employee = employees.store(new Employee(
                valid,
                FreeText.of(name, "name", 200).strip(),
                birthDate,
                optional(position, "position", 200),
                optional(rank, "rank", 100),
                opd));
        audit.record("EMPLOYEE_CREATED", "Employee", employee.id(), described(employee));
        return employee.id();
    }

    /** Corrects the name, position and rank of an ASN, or moves them to another OPD in the caller's reach. */
    public void updateMasterRecord(long employeeId, String name, String position, String rank, String opdCode) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId));
        updateMasterRecord(employeeId, name, position, rank, opdCode, null, employee.employment());
    }

    /**
     * The same, with when the ASN works for the regency ({@link Employment}: the appointment date, and an end date
     * with its reason once they retire, die, are dismissed or move out), and for a move to another OPD the date it
     * takes effect ({@code transferDate}, today when {@code null}): the days before it stay the old OPD's. The days
     * that changed sides are worked out again, except in a locked month, which keeps what it was locked with (a
     * transfer into a locked month is refused).
     */
    public void updateMasterRecord(
            long employeeId,
            String name,
            String position,
            String rank,
            String opdCode,
            LocalDate transferDate,
            Employment employment) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId));
        Officer officer = scope.current();
        officer.requireManage(employee.opd());
        Opd target = opdCode == null || opdCode.equals(employee.opd().code()) ? null : opd(opdCode);
        if (target != null) {
            officer.requireManage(target);
        }
        employee.rename(FreeText.of(name, "name", 200).strip());
        employee.updateJob(optional(position, "position", 200), optional(rank, "rank", 100));
        if (target != null) {
            LocalDate today = clock.instant().atZone(employee.opd().zone()).toLocalDate();
            LocalDate from = transferDate == null ? today : transferDate;
            if (!from.isAfter(today)) {
                monthClose.requireOpen(from, today);
            }
            postings.transfer(employee, target, from, officer.username());
            recaps.reworkFrom(employee, from);
        }
        employee.changeEmployment(employment).ifPresent(from -> recaps.reworkFrom(employee, from));
        audit.record("EMPLOYEE_CHANGED", "Employee", employeeId, described(employee));
    }

    private static AuditDetail described(Employee employee) {
        Employment employment = employee.employment();
        return AuditDetail.of("nip", employee.nip())
                .and("name", employee.name())
                .and("position", employee.position())
                .and("rank", employee.rank())
                .and("opd", employee.opd().code())
                .and("appointment", employment.appointment())
                .and("end", employment.end())
                .and("endReason", employment.endReason());
    }

    private Opd opd(String opdCode) {
        return opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException(
                        ProblemCode.UNKNOWN_OPD, "No OPD with code " + opdCode, Map.of("code", opdCode)));
    }

    private static String optional(String text, String field, int maxLength) {
        return text == null || text.isBlank()
                ? null
                : FreeText.of(text, field, maxLength).strip();
    }

    public Optional<String> nameOf(String nip) {
        return employees.findByNip(Nip.of(nip)).map(Employee::name);
    }
}
