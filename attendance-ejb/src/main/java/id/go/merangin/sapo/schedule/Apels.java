package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The apels held for the ASN of an OPD: those of the OPD or of a unit above it, and those of every OPD. A plain bean:
 * it only reads, inside its caller's transaction.
 */
@ApplicationScoped
public class Apels {

    @PersistenceContext
    EntityManager em;

    /** The apels for an ASN of the OPD chain {@code opdChain} (the OPD, then its parents) on {@code date}. */
    public List<Apel> on(List<Long> opdChain, LocalDate date) {
        return between(opdChain, date, date);
    }

    /** The same from {@code from} to {@code until}, by date and opening time. */
    public List<Apel> between(List<Long> opdChain, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select a from Apel a join fetch a.location left join fetch a.opd"
                                + " where a.date between :from and :until and (a.opd is null or a.opd.id in :chain)"
                                + " order by a.date, a.opens, a.id",
                        Apel.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("chain", opdChain)
                .getResultList();
    }
}
