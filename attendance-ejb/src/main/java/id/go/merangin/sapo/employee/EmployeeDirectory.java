package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finding ASN for the admin screens, one page at a time and only within the caller's reach: an admin OPD finds
 * the ASN of its OPD and sub-units, BKPSDMD everyone. Searched by NIP (its start) or name (any part).
 */
@Stateless
public class EmployeeDirectory {

    @Inject
    EmployeeRepository employees;

    @Inject
    OfficerScope scope;

    @Inject
    AccountRepository accounts;

    public List<AsnRow> page(int first, int size, String search, AccountStatus status) {
        Set<Long> visible = scope.visibleOpdIds(scope.current());
        List<EmployeeRepository.Listed> found = employees.listed(visible, search, status, first, size);
        List<Account> pageAccounts = found.stream()
                .map(EmployeeRepository.Listed::account)
                .filter(a -> a != null)
                .toList();
        Map<Long, String> models = boundModels(pageAccounts);
        Set<Long> rebinds = accounts.withPendingRebind(pageAccounts);
        return found.stream()
                .map(listed -> row(listed.employee(), listed.account(), models, rebinds))
                .toList();
    }

    public long count(String search, AccountStatus status) {
        return employees.countListed(scope.visibleOpdIds(scope.current()), search, status);
    }

    /** One ASN in the caller's reach; another OPD's ASN is refused ({@code FORBIDDEN_OPD}). */
    public AsnDetail detail(long employeeId) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId));
        scope.current().requireSee(employee.opd());
        Account account = accounts.findByEmployee(employee).orElse(null);
        List<Account> listed = account == null ? List.of() : List.of(account);
        AsnRow row = row(employee, account, boundModels(listed), accounts.withPendingRebind(listed));
        if (account == null) {
            return new AsnDetail(row, employee.birthDate(), employee.employment(), null, null, null, null, null, null);
        }
        Device device = accounts.boundDeviceOf(account).orElse(null);
        AsnDetail.PendingRebind rebind = accounts.pendingRebindOf(account)
                .map(r ->
                        new AsnDetail.PendingRebind(r.id(), r.deviceId(), r.deviceModel(), r.reason(), r.requestedAt()))
                .orElse(null);
        return new AsnDetail(
                row,
                employee.birthDate(),
                employee.employment(),
                account.email().orElse(null),
                account.createdAt(),
                account.profilePhoto().map(StoredFile::id).orElse(null),
                device == null ? null : device.deviceId(),
                device == null ? null : device.boundAt(),
                rebind);
    }

    /** The model of each listed account's bound phone (its device id when the phone gave no model). */
    private Map<Long, String> boundModels(List<Account> listed) {
        return accounts.boundDevicesOf(listed).stream()
                .collect(Collectors.toMap(d -> d.account().id(), d -> d.model().orElse(d.deviceId()), (a, b) -> a));
    }

    private static AsnRow row(Employee e, Account a, Map<Long, String> models, Set<Long> rebinds) {
        return new AsnRow(
                e.id(),
                e.nip().value(),
                e.name(),
                e.opd().code(),
                e.opd().name(),
                e.position(),
                e.rank(),
                e.isActive(),
                a == null ? null : a.id(),
                a == null ? null : a.status(),
                a == null ? null : models.get(a.id()),
                a != null && rebinds.contains(a.id()));
    }
}
