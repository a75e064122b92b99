package id.go.merangin.sapo.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** {@link AttendanceEventRepository} on JPA. */
@ApplicationScoped
public class JpaAttendanceEventRepository implements AttendanceEventRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public AttendanceEvent store(AttendanceEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public Optional<AttendanceEvent> find(long id) {
        return Optional.ofNullable(em.find(AttendanceEvent.class, id));
    }

    @Override
    public Optional<AttendanceEvent> acceptedOn(long employeeId, LocalDate workDate, AttendanceEventType type) {
        return em.createQuery("select e from AttendanceEvent e left join fetch e.location"
                        + " where e.employee.id = :employee and e.workDate = :date and e.type = :type"
                        + " and e.decision = id.go.merangin.sapo.attendance.Decision.ACCEPTED", AttendanceEvent.class)
                .setParameter("employee", employeeId)
                .setParameter("date", workDate)
                .setParameter("type", type)
                .getResultStream()
                .findFirst();
    }

    @Override
    public RecentEvents recent(long employeeId, String key, Instant since) {
        // read only: the check-in never changes them, so Hibernate keeps no copy of them to compare at the flush
        return new RecentEvents(em.createQuery("select e from AttendanceEvent e left join fetch e.location"
                        + " where e.employee.id = :employee and (e.idempotencyKey = :key or e.serverTime >= :since)",
                        AttendanceEvent.class)
                .setParameter("employee", employeeId)
                .setParameter("key", key)
                .setParameter("since", since)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    @Override
    public List<AttendanceEvent> between(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery("select e from AttendanceEvent e left join fetch e.location"
                        + " where e.employee.id = :employee and e.workDate between :from and :until"
                        + " order by e.serverTime", AttendanceEvent.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }
}
