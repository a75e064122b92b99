package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.platform.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link EmployeeRepository} on JPA. */
@ApplicationScoped
public class JpaEmployeeRepository implements EmployeeRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Employee> find(long id) {
        return Optional.ofNullable(em.find(Employee.class, id));
    }

    @Override
    public Employee reference(long id) {
        return em.getReference(Employee.class, id);
    }

    @Override
    public Optional<Employee> findByNip(Nip nip) {
        return em.createQuery("select e from Employee e where e.nip = :nip", Employee.class)
                .setParameter("nip", nip.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Employee> findByNips(Collection<Nip> nips) {
        return inThousands(
                nips.stream().map(Nip::toString).toList(),
                some -> em.createQuery("select e from Employee e join fetch e.opd where e.nip in :nips", Employee.class)
                        .setParameter("nips", some)
                        .getResultList());
    }

    @Override
    public List<Employee> findByIds(Collection<Long> ids) {
        return inThousands(
                List.copyOf(ids),
                some -> em.createQuery("select e from Employee e join fetch e.opd where e.id in :ids", Employee.class)
                        .setParameter("ids", some)
                        .getResultList());
    }

    @Override
    public List<Employee> employedIn(long opdId, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select e from Employee e join fetch e.opd where e.opd.id = :opd and"
                                + Employed.jpql("e", ":from", ":until") + " order by e.id",
                        Employee.class)
                .setParameter("opd", opdId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Long> opdsWithActiveStaff() {
        return em.createQuery("select distinct e.opd.id from Employee e where e.active", Long.class)
                .getResultList();
    }

    /** Asks {@code query} a thousand keys at a time, so that no statement outgrows the driver's parameter limit. */
    private static <K> List<Employee> inThousands(List<K> keys, Function<List<K>, List<Employee>> query) {
        List<Employee> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            found.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + 1000))));
        }
        return found;
    }

    @Override
    public Employee lockForWrites(long id) {
        // the employee row only: joining the OPD into the lock would serialise the whole OPD
        return em.find(Employee.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Employee store(Employee employee) {
        if (employee.id() == null) {
            em.persist(employee);
            return employee;
        }
        return em.merge(employee);
    }

    @Override
    public List<Listed> listed(Collection<Long> opdIds, String search, AccountStatus status, int first, int size) {
        TypedQuery<Object[]> query = em.createQuery(
                "select e, a from Employee e join fetch e.opd"
                        + " left join Account a on a.employee = e" + where(search, status)
                        + " order by e.name, e.nip",
                Object[].class);
        bind(query, opdIds, search, status);
        return Paging.page(query, first, size).getResultList().stream()
                .map(row -> new Listed((Employee) row[0], (Account) row[1]))
                .toList();
    }

    @Override
    public long countListed(Collection<Long> opdIds, String search, AccountStatus status) {
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from Employee e" + " left join Account a on a.employee = e" + where(search, status),
                Long.class);
        bind(query, opdIds, search, status);
        return query.getSingleResult();
    }

    private static String where(String search, AccountStatus status) {
        return " where e.opd.id in :opds" + AsnSearch.condition(search, "e")
                + (status == null ? "" : " and a.status = :status");
    }

    private static void bind(TypedQuery<?> query, Collection<Long> opdIds, String search, AccountStatus status) {
        query.setParameter("opds", opdIds);
        AsnSearch.bind(query, search);
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    /** The OPD and last day only, a thousand employees a query: no posting entity is loaded. */
    @Override
    public Map<Long, List<Postings.Past<Opd>>> pastPostings(Collection<Long> employeeIds, LocalDate from) {
        Map<Long, List<Postings.Past<Opd>>> past = new HashMap<>();
        List<Long> ids = List.copyOf(employeeIds);
        for (int start = 0; start < ids.size(); start += 1000) {
            em.createQuery(
                            "select p.employee.id, p.opd, p.untilDate from PastPosting p"
                                    + " where p.employee.id in :ids and p.untilDate >= :from",
                            Object[].class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + 1000)))
                    .setParameter("from", from)
                    .getResultStream()
                    .forEach(row -> past.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new Postings.Past<>((Opd) row[1], (LocalDate) row[2])));
        }
        return past;
    }

    @Override
    public PastPosting store(PastPosting posting) {
        em.persist(posting);
        return posting;
    }

    @Override
    public List<Employee> activeByNips(Collection<String> nips) {
        return em.createQuery(
                        "select e from Employee e join fetch e.opd where e.nip in :nips and e.active order by e.nip",
                        Employee.class)
                .setParameter("nips", nips)
                .getResultList();
    }
}
