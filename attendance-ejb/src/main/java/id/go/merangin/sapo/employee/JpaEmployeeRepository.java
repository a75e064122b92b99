package id.go.merangin.sapo.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
}
