package id.go.merangin.sapo.platform;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.NightlyRunRepository;
import id.go.merangin.sapo.shared.NightlyWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs a nightly job once a night for the whole cluster. The jobs' timers are persistent EJB timers, which WildFly
 * fires on one server of a cluster and moves to another when that one is down; the claim of the night in the
 * database ({@link NightlyRunRepository}) makes sure that no second firing (a timer caught up after a restart, two
 * servers that lost sight of each other) runs it again, and {@link NightlyWindow} that none runs in the morning.
 */
@ApplicationScoped
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class);

    @Inject
    NightlyRunRepository runs;

    @Inject
    Clock clock;

    @Inject
    SapoMetrics metrics;

    /** This server's name in the cluster (WildFly's node name, the host name by default). */
    public static String server() {
        return System.getProperty("jboss.node.name", "sapo");
    }

    /**
     * Runs {@code work} for tonight (given the night's date) when it is night and no server has run {@code job} for
     * it yet; answers what it answered, or empty when it did not run here.
     */
    public <T> Optional<T> runOnce(String job, Function<LocalDate, T> work) {
        Optional<LocalDate> night = NightlyWindow.nightOf(clock.instant(), Opd.DEFAULT_ZONE);
        if (night.isEmpty()) {
            LOG.infof(
                    "Nightly %s not run: its timer fired after %s (caught up after a restart?)",
                    job, NightlyWindow.ENDS);
            return Optional.empty();
        }
        if (!runs.claim(job, night.get(), server(), clock.instant())) {
            LOG.infof(
                    "Nightly %s of %s not run here: %s ran it",
                    job, night.get(), runs.claimedBy(job, night.get()).orElse("another server"));
            return Optional.empty();
        }
        T result = metrics.nightly(job, () -> work.apply(night.get()));
        runs.finished(job, night.get(), clock.instant());
        return Optional.of(result);
    }
}
