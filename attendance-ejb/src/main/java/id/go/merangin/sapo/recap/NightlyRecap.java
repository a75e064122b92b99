package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.platform.NightlyJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;

/**
 * Every night at 01:00 WIB, works out and keeps the month of yesterday for every ASN ({@link RecapRun}), so that
 * the recap of the month so far is read, not worked out, and anything the day-by-day updates missed is mended.
 * On a cluster it runs on one server a night, and on another when that one is down ({@link NightlyJobs}).
 */
@Singleton
public class NightlyRecap {

    @Inject
    RecapRun run;

    @Inject
    NightlyJobs jobs;

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Jakarta", info = "nightly recap")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        jobs.runOnce("recap", night -> run.recomputeMonth(YearMonth.from(night.minusDays(1))));
    }
}
