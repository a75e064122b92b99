package id.go.merangin.sapo.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
        List<String> all = nips.stream().map(Nip::toString).toList();
        List<Employee> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(em.createQuery(
                            "select e from Employee e join fetch e.opd where e.nip in :nips", Employee.class)
                    .setParameter("nips", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList());
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
