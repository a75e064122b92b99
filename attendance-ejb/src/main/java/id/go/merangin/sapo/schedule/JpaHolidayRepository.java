package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** {@link HolidayRepository} on JPA. */
@ApplicationScoped
public class JpaHolidayRepository implements HolidayRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return em.createQuery("select h from Holiday h where h.date = :date and h.opd is null", Holiday.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Holiday> applyingTo(Collection<Long> opdIds, LocalDate date) {
        return applyingBetween(opdIds, date, date).stream().findFirst();
    }

    /**
     * As {@link JpaWorkScheduleRepository#candidatesFor}: no list parameter, other OPDs' days off dropped here, the
     * answer from the query cache until a day off changes.
     */
    @Override
    public List<Holiday> applyingBetween(Collection<Long> opdIds, LocalDate from, LocalDate until) {
        return em
                .createQuery(
                        "select h from Holiday h where h.date between :from and :until" + " order by h.date",
                        Holiday.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .stream()
                .filter(holiday ->
                        holiday.opd().map(opd -> opdIds.contains(opd.id())).orElse(true))
                .toList();
    }

    @Override
    public List<Holiday> between(LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select h from Holiday h where h.date between :from and :until order by h.date", Holiday.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public Holiday store(Holiday holiday) {
        if (holiday.id() == null) {
            em.persist(holiday);
            return holiday;
        }
        return em.merge(holiday);
    }

    @Override
    public Optional<Holiday> find(long id) {
        return Optional.ofNullable(em.find(Holiday.class, id));
    }

    @Override
    public void remove(Holiday holiday) {
        em.remove(holiday);
    }
}
