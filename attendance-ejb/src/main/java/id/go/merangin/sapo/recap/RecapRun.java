package id.go.merangin.sapo.recap;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Works out a month's daily codes for every active ASN of the regency and keeps them, one OPD per transaction: the
 * nightly run, and the lock of a month. A locked month is left as it is.
 */
@Stateless
public class RecapRun {

    private static final Logger LOG = Logger.getLogger(RecapRun.class);

    /** What a run did: the OPDs and days it worked out, and how long it took. */
    public record Outcome(YearMonth month, boolean locked, int opds, int days, long millis) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    RecapService recaps;

    @Inject
    MonthCloseRepository locks;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome recomputeMonth(YearMonth month) {
        long start = System.nanoTime();
        if (locks.isLocked(month)) {
            return new Outcome(month, true, 0, 0, 0);
        }
        List<Long> opdIds = em.createQuery("select distinct e.opd.id from Employee e where e.active", Long.class)
                .getResultList();
        int days = 0;
        for (Long opdId : opdIds) {
            days += recaps.recomputeOpd(opdId, month);
        }
        Outcome outcome = new Outcome(month, false, opdIds.size(), days, (System.nanoTime() - start) / 1_000_000);
        LOG.infof(
                "Recap of %s worked out: %d OPD, %d day(s) kept, in %d ms",
                month, outcome.opds(), days, outcome.millis());
        return outcome;
    }
}
