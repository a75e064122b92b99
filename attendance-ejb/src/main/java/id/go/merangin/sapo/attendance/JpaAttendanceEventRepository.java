package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.AsnSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
    public AttendanceEvent storeNow(AttendanceEvent event) {
        em.persist(event);
        em.flush();
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

    /** The photo's id and purge time come from a left join: the review never loads a photo's bytes. */
    @Override
    public List<ReviewedEvent> reviewed(EventSelection selection, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(
                "select e, p.id, p.purgedAt from AttendanceEvent e join fetch e.employee emp"
                        + " join fetch emp.opd left join fetch e.location left join e.photo p" + where(selection)
                        + " order by e.serverTime desc, e.id desc",
                Object[].class);
        bind(query, selection);
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(row -> new ReviewedEvent((AttendanceEvent) row[0], (Long) row[1], row[2] != null))
                .toList();
    }

    @Override
    public long count(EventSelection selection) {
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from AttendanceEvent e join e.employee emp" + where(selection), Long.class);
        bind(query, selection);
        return query.getSingleResult();
    }

    private static String where(EventSelection selection) {
        StringBuilder where = new StringBuilder(" where emp.opd.id in :opds and e.workDate between :from and :until");
        if (selection.decision() != null) {
            where.append(" and e.decision = :decision");
        }
        if (selection.type() != null) {
            where.append(" and e.type = :type");
        }
        if (selection.flaggedOnly()) {
            where.append(" and (e.mockedLocation = true or e.timeSkew = true or e.impossibleTravel = true"
                    + " or e.photoReused = true)");
        }
        return where.append(AsnSearch.condition(selection.search(), "emp")).toString();
    }

    private static void bind(TypedQuery<?> query, EventSelection selection) {
        query.setParameter("opds", selection.opdIds())
                .setParameter("from", selection.from())
                .setParameter("until", selection.until());
        if (selection.decision() != null) {
            query.setParameter("decision", selection.decision());
        }
        if (selection.type() != null) {
            query.setParameter("type", selection.type());
        }
        AsnSearch.bind(query, selection.search());
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
