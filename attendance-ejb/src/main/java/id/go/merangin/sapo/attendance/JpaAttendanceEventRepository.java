package id.go.merangin.sapo.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
        return em.createQuery(
                        "select e from AttendanceEvent e left join fetch e.location"
                                + " where e.employee.id = :employee and e.workDate = :date and e.type = :type"
                                + " and e.decision = id.go.merangin.sapo.attendance.Decision.ACCEPTED",
                        AttendanceEvent.class)
                .setParameter("employee", employeeId)
                .setParameter("date", workDate)
                .setParameter("type", type)
                .getResultStream()
                .findFirst();
    }

    /**
     * One round trip: the derived table of one row counts the stored files with the photo's SHA-256, and the
     * employee's events are joined to it (none: one row with no event).
     */
    @Override
    public RecentEvents recent(long employeeId, String key, Instant since, String photoSha256) {
        // read only: the check-in never changes them, so Hibernate keeps no copy of them to compare at the flush
        List<Object[]> rows = em.createQuery(
                        "select seen.files, e"
                                + " from (select count(f.id) as files from StoredFile f where f.sha256 = :sha) seen"
                                + " left join AttendanceEvent e on e.employee.id = :employee"
                                + " and (e.idempotencyKey = :key or e.serverTime >= :since)"
                                + " left join fetch e.location",
                        Object[].class)
                .setParameter("sha", photoSha256)
                .setParameter("employee", employeeId)
                .setParameter("key", key)
                .setParameter("since", since)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        boolean photoSeen = !rows.isEmpty() && ((Number) rows.get(0)[0]).longValue() > 0;
        return new RecentEvents(
                rows.stream()
                        .map(row -> (AttendanceEvent) row[1])
                        .filter(Objects::nonNull)
                        .toList(),
                photoSeen);
    }

    @Override
    public List<AttendanceEvent> between(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select e from AttendanceEvent e left join fetch e.location"
                                + " where e.employee.id = :employee and e.workDate between :from and :until"
                                + " order by e.serverTime",
                        AttendanceEvent.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    /** Only the columns a day's code reads, not the events: the nightly run reads a month of every ASN. */
    @Override
    public List<AttendanceMark> acceptedMarks(Collection<Long> employeeIds, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select e.employee.id, e.workDate, e.type, e.serverTime, e.manual"
                                + " from AttendanceEvent e where e.employee.id in :ids"
                                + " and e.workDate between :from and :until"
                                + " and e.decision = id.go.merangin.sapo.attendance.Decision.ACCEPTED"
                                + " and e.type in (id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_IN,"
                                + " id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_OUT,"
                                + " id.go.merangin.sapo.attendance.AttendanceEventType.APEL)"
                                + " order by e.serverTime",
                        Object[].class)
                .setParameter("ids", employeeIds)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(row -> new AttendanceMark(
                        (Long) row[0], (LocalDate) row[1], (AttendanceEventType) row[2], (Instant) row[3], (Boolean)
                                row[4]))
                .toList();
    }
}
