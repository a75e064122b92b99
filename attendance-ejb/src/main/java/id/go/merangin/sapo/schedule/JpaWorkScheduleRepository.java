package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** {@link WorkScheduleRepository} on JPA. */
@ApplicationScoped
public class JpaWorkScheduleRepository implements WorkScheduleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<WorkSchedule> regencyWide() {
        return em.createQuery(
                        "select s from WorkSchedule s where s.opd is null and s.employee is null"
                                + " order by s.validFrom",
                        WorkSchedule.class)
                .getResultList();
    }

    /**
     * The schedules of the employee, of the OPDs in {@code opdIds} and of the whole regency in force in the range.
     * Every check-in asks, so both queries come from Hibernate's query cache until a schedule changes, and neither
     * names the employee (a cache entry per ASN would miss on each one's first check-in of the day): the shared
     * schedules in force, and who has a personal one; only a shift worker's own schedules are then read. No list
     * parameter either (Hibernate translates a query with one again on every call): the few schedules of other OPDs
     * are dropped here instead.
     */
    @Override
    public List<WorkSchedule> candidatesFor(long employeeId, Collection<Long> opdIds, LocalDate from, LocalDate until) {
        List<WorkSchedule> shared = em
                .createQuery(
                        "select s from WorkSchedule s where s.validFrom <= :until"
                                + " and (s.validUntil is null or s.validUntil >= :from) and s.employee is null",
                        WorkSchedule.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .stream()
                .filter(schedule ->
                        schedule.opd().map(opd -> opdIds.contains(opd.id())).orElse(true))
                .toList();
        List<Long> withPersonal = withPersonalScheduleBetween(from, until);
        if (!withPersonal.contains(employeeId)) {
            return shared;
        }
        List<WorkSchedule> candidates = new ArrayList<>(shared);
        candidates.addAll(personalBetween(List.of(employeeId), from, until));
        return candidates;
    }

    @Override
    public List<Long> withPersonalScheduleBetween(LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select distinct s.employee.id from WorkSchedule s"
                                + " where s.validFrom <= :until and (s.validUntil is null or s.validUntil >= :from)"
                                + " and s.employee is not null",
                        Long.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    @Override
    public List<WorkSchedule> sharedBetween(Collection<Long> opdIds, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select s from WorkSchedule s where s.validFrom <= :until"
                                + " and (s.validUntil is null or s.validUntil >= :from) and s.employee is null"
                                + " and (s.opd is null or s.opd.id in :opds)",
                        WorkSchedule.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("opds", opdIds)
                .getResultList();
    }

    @Override
    public List<WorkSchedule> personalBetween(Collection<Long> employeeIds, LocalDate from, LocalDate until) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select s from WorkSchedule s where s.validFrom <= :until"
                                + " and (s.validUntil is null or s.validUntil >= :from) and s.employee.id in :employees",
                        WorkSchedule.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("employees", employeeIds)
                .getResultList();
    }

    @Override
    public WorkSchedule store(WorkSchedule schedule) {
        if (schedule.id() == null) {
            em.persist(schedule);
            return schedule;
        }
        return em.merge(schedule);
    }

    @Override
    public Optional<WorkSchedule> find(long id) {
        return Optional.ofNullable(em.find(WorkSchedule.class, id));
    }

    @Override
    public List<WorkSchedule> sharedSchedules() {
        return em.createQuery(
                        "select s from WorkSchedule s left join fetch s.opd where s.employee is null"
                                + " order by s.validFrom desc, s.id desc",
                        WorkSchedule.class)
                .getResultList();
    }

    @Override
    public List<WorkSchedule> personalSchedulesOf(long employeeId) {
        return em.createQuery(
                        "select s from WorkSchedule s where s.employee.id = :employee"
                                + " order by s.validFrom desc, s.id desc",
                        WorkSchedule.class)
                .setParameter("employee", employeeId)
                .getResultList();
    }
}
