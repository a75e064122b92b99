package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.employee.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** {@link LeaveRequestRepository} on JPA. */
@ApplicationScoped
public class JpaLeaveRequestRepository implements LeaveRequestRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public LeaveRequest store(LeaveRequest request) {
        if (request.id() == null) {
            em.persist(request);
            return request;
        }
        return em.merge(request);
    }

    @Override
    public Optional<LeaveRequest> find(long id) {
        return Optional.ofNullable(em.find(LeaveRequest.class, id));
    }

    @Override
    public List<LeaveRequest> of(Employee employee) {
        return em.createQuery("select r from LeaveRequest r where r.employee = :employee"
                        + " order by r.startDate desc, r.id desc", LeaveRequest.class)
                .setParameter("employee", employee)
                .getResultList();
    }

    @Override
    public Optional<LeaveRequest> approvedCovering(long employeeId, LocalDate date) {
        // Asked on every check-in of the morning rush, and nearly always "no": who is on leave that day is read
        // once into the query cache, which Hibernate empties whenever a leave request is written
        List<Long> onLeave = em.createQuery("select r.employee.id from LeaveRequest r"
                        + " where r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                        + " and r.startDate <= :date and r.endDate >= :date", Long.class)
                .setParameter("date", date)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
        if (!onLeave.contains(employeeId)) {
            return Optional.empty();
        }
        return approvedBetween(employeeId, date, date).stream().findFirst();
    }

    @Override
    public List<LeaveRequest> approvedBetween(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery("select r from LeaveRequest r where r.employee.id = :employee"
                        + " and r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                        + " and r.startDate <= :until and r.endDate >= :from order by r.startDate", LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<LeaveRequest> pendingOrApprovedBetween(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery("select r from LeaveRequest r where r.employee.id = :employee"
                        + " and r.state in (id.go.merangin.sapo.leave.LeaveState.PENDING,"
                        + " id.go.merangin.sapo.leave.LeaveState.APPROVED)"
                        + " and r.startDate <= :until and r.endDate >= :from order by r.startDate", LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public Optional<LeaveRequest> byIdempotencyKey(long employeeId, String key) {
        return em.createQuery("select r from LeaveRequest r where r.employee.id = :employee"
                        + " and r.idempotencyKey = :key", LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }
}
