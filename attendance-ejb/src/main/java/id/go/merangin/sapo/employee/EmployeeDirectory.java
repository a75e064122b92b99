package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    AccountRepository accounts;

    public List<AsnRow> page(int first, int size, String search, AccountStatus status) {
        Set<Long> visible = scope.visibleOpdIds(scope.current());
        TypedQuery<Object[]> query = em.createQuery(
                "select e, a from Employee e join fetch e.opd"
                        + " left join Account a on a.employee = e" + where(search, status)
                        + " order by e.name, e.nip",
                Object[].class);
        bind(query, visible, search, status);
        List<Object[]> found = Paging.page(query, first, size).getResultList();
        List<Account> pageAccounts = found.stream()
                .map(row -> (Account) row[1])
                .filter(a -> a != null)
                .toList();
        Map<Long, String> models = boundModels(pageAccounts);
        Set<Long> rebinds = pendingRebinds(pageAccounts);
        return found.stream()
                .map(row -> row((Employee) row[0], (Account) row[1], models, rebinds))
                .toList();
    }

    public long count(String search, AccountStatus status) {
        Set<Long> visible = scope.visibleOpdIds(scope.current());
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from Employee e" + " left join Account a on a.employee = e" + where(search, status),
                Long.class);
        bind(query, visible, search, status);
        return query.getSingleResult();
    }

    /** One ASN in the caller's reach; another OPD's ASN is refused ({@code FORBIDDEN_OPD}). */
    public AsnDetail detail(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            throw new NotFoundException(ProblemCode.NOT_FOUND, "no employee " + employeeId);
        }
        scope.current().requireSee(employee.opd());
        Account account = accounts.findByEmployee(employee).orElse(null);
        List<Account> listed = account == null ? List.of() : List.of(account);
        AsnRow row = row(employee, account, boundModels(listed), pendingRebinds(listed));
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

    private Map<Long, String> boundModels(List<Account> listed) {
        if (listed.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select d from Device d where d.account in :accounts and d.releasedAt is null", Device.class)
                .setParameter("accounts", listed)
                .getResultStream()
                .collect(Collectors.toMap(d -> d.account().id(), d -> d.model().orElse(d.deviceId()), (a, b) -> a));
    }

    private Set<Long> pendingRebinds(List<Account> listed) {
        if (listed.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "select r.account.id from RebindRequest r where r.account in :accounts"
                                + " and r.status = :pending",
                        Long.class)
                .setParameter("accounts", listed)
                .setParameter("pending", RebindRequest.Status.PENDING)
                .getResultStream()
                .collect(Collectors.toSet());
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

    private static String where(String search, AccountStatus status) {
        return " where e.opd.id in :opds" + AsnSearch.condition(search, "e")
                + (status == null ? "" : " and a.status = :status");
    }

    private static void bind(TypedQuery<?> query, Set<Long> opds, String search, AccountStatus status) {
        query.setParameter("opds", opds);
        AsnSearch.bind(query, search);
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
