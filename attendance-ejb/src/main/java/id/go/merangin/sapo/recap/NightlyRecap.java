package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.platform.SapoMetrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night at 01:00 WIB, works out and keeps the month of yesterday for every ASN ({@link RecapRun}), so that
 * the recap of the month so far is read, not worked out, and anything the day-by-day updates missed is mended.
 * {@code SAPO_RECAP_NIGHTLY=false} turns it off (a second node of a cluster, say).
 */
@Singleton
public class NightlyRecap {

    @Inject
    RecapRun run;

    @Inject
    Clock clock;

    @Inject
    SapoMetrics metrics;

    @Inject
    @ConfigProperty(name = "sapo.recap.nightly", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Jakarta", persistent = false, info = "nightly recap")
    void nightly() {
        if (enabled) {
            YearMonth month =
                    YearMonth.from(clock.instant().atZone(Opd.DEFAULT_ZONE).minusDays(1));
            metrics.nightly("recap", () -> run.recomputeMonth(month));
        }
    }
}
