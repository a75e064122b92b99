package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.OfficerScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Works out a month's daily codes for every active ASN of the regency and keeps them, one OPD per transaction: the
 * nightly run, and the lock of a month; and keeps the days of a year not kept yet, before BKPSDMD reads its ladder.
 * A locked month is left as it is.
 */
@Stateless
public class RecapRun {

    private static final Logger LOG = Logger.getLogger(RecapRun.class);

    /** What a run did: the OPDs and days it worked out, and how long it took. */
    public record Outcome(YearMonth month, boolean locked, int opds, int days, long millis) {}

    @Inject
    RecapService recaps;

    @Inject
    MonthCloseRepository locks;

    @Inject
    EmployeeRepository employees;

    @Inject
    OfficerScope scope;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome recomputeMonth(YearMonth month) {
        long start = System.nanoTime();
        if (locks.isLocked(month)) {
            return new Outcome(month, true, 0, 0, 0);
        }
        List<Long> opdIds = employees.opdsWithActiveStaff();
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

    /**
     * Keeps the days of {@code year} so far that are over but not kept yet, for every active ASN, in one transaction:
     * BKPSDMD's, before reading a year's ladder that may not have been worked out.
     */
    public void keepMissing(Year year) {
        scope.current().requireBkpsdmd();
        YearMonth last = recaps.lastMonthSoFar(year);
        for (YearMonth month = year.atMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            recaps.keepMissing(month);
        }
    }
}
