package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.NightlyRunRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A nightly job runs once a night for the whole cluster: of several servers claiming the same night at once, one
 * wins, and it is the one on record; a timer that fires in the morning (caught up after a restart) runs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(NightlyJobsIT.class);
    }

    @Inject
    NightlyRunRepository runs;

    @Inject
    NightlyJobs jobs;

    @Inject
    Clock clock;

    @Test
    void oneOfSeveralServersClaimingTheSameNightAtOnceWins() throws Exception {
        String job = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate night = LocalDate.of(2026, 3, 3);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int server = 1; server <= 4; server++) {
            String name = "node" + server;
            claims.add(executor.submit(() -> {
                start.await();
                boolean claimed = runs.claim(job, night, name, clock.instant());
                if (claimed) {
                    won.incrementAndGet();
                }
                return claimed;
            }));
        }
        start.countDown();
        executor.shutdown();
        List<String> winners = new ArrayList<>();
        for (int server = 1; server <= 4; server++) {
            if (claims.get(server - 1).get()) {
                winners.add("node" + server);
            }
        }

        assertThat(won).hasValue(1);
        assertThat(runs.claimedBy(job, night)).contains(winners.get(0));
        assertThat(runs.claim(job, night, "node5", clock.instant())).isFalse();
        assertThat(runs.claim(job, night.plusDays(1), "node5", clock.instant())).isTrue();
    }

    @Test
    void aTimerFiredInTheMorningRunsNothing() {
        String job = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger ran = new AtomicInteger();

        assertThat(jobs.runOnce(job, night -> ran.incrementAndGet())).isEmpty();

        assertThat(ran).hasValue(0);
        LocalDate today = clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
        assertThat(runs.claimedBy(job, today)).isEmpty();
    }
}
