package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** {@link ApelRepository} on JPA. */
@ApplicationScoped
public class JpaApelRepository implements ApelRepository {

    private static final String HELD_FOR = "select a from Apel a join fetch a.location left join fetch a.opd where";

    private static final String IN_ORDER = " and (a.opd is null or a.opd.id in :opds) order by a.date, a.opens, a.id";

    @PersistenceContext
    EntityManager em;

    @Override
    public Apel store(Apel apel) {
        em.persist(apel);
        return apel;
    }

    @Override
    public List<Apel> between(Collection<Long> opdIds, LocalDate from, LocalDate until) {
        return em.createQuery(HELD_FOR + " a.date between :from and :until" + IN_ORDER, Apel.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("opds", opdIds)
                .getResultList();
    }

    @Override
    public List<Apel> from(Collection<Long> opdIds, LocalDate from, int max) {
        return em.createQuery(HELD_FOR + " a.date >= :from" + IN_ORDER, Apel.class)
                .setParameter("from", from)
                .setParameter("opds", opdIds)
                .setMaxResults(max)
                .getResultList();
    }
}
