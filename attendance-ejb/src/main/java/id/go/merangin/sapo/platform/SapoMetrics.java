package id.go.merangin.sapo.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * SAPO's own figures for the people who keep it running, in the registry of WildFly's Micrometer subsystem (scraped
 * by Prometheus from the management interface's {@code /metrics}; see {@code sapo-server.cli} and
 * {@code ops/prometheus/}). Every name starts with {@code sapo_} there; the datasource pool, the request threads and
 * the JVM are WildFly's own meters next to these.
 *
 * <p>WildFly hands a deployment a registry that passes on only the meters made by its short methods
 * ({@code counter(name, tags)}, {@code timer(name, tags)}, {@code gauge(...)}): a meter built with
 * {@code Counter.builder(...).register(registry)} would be kept in the deployment and never scraped, and its
 * histogram settings are not supported. So the check-in's latency histogram is kept as Prometheus keeps one, as
 * cumulative counters of the answers given within each bound ({@code sapo_checkin_answered_within_total{le="0.5"}},
 * for {@code histogram_quantile}; Prometheus keeps the name {@code _bucket} for its own histograms), next to a timer
 * for the count, sum and maximum.
 *
 * <p>Only codes and outcomes become labels, never a NIP, a login name or an address: a label's values must stay few,
 * and nothing personal belongs in metrics.
 */
@ApplicationScoped
public class SapoMetrics {

    /** The upper bounds of the check-in's latency buckets, in seconds: the contract's phone waits at most 15 s. */
    static final double[] CHECK_IN_BOUNDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15};

    private static final String CHECK_IN_DURATION = "sapo.checkin.duration";
    private static final String CHECK_IN_WITHIN = "sapo.checkin.answered.within";
    private static final String ADMISSION_RUNNING = "sapo.checkin.admission.running";
    private static final String ADMISSION_WAITING = "sapo.checkin.admission.waiting";
    private static final String NIGHTLY_LAST_SUCCESS = "sapo.nightly.last.success.seconds";

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    /**
     * The meters of the hot path, found once: the registry WildFly hands over finds a meter by searching all of the
     * server's (some 1,500), which the morning rush should not do several times a check-in.
     */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private volatile Timer checkInTimer;
    private volatile List<Counter> checkInBuckets;

    /** How a check-in request ended. */
    public enum CheckInOutcome {
        /** Recorded now (201). */
        ACCEPTED,
        /** Already recorded: the first event again, or the same Idempotency-Key's answer again (200). */
        REPEATED,
        /** Refused by the rules or the input (4xx), by a busy server or an unreachable database (503). */
        REFUSED,
        /** A fault in SAPO (500). */
        FAILED;

        public static CheckInOutcome ofStatus(int status) {
            if (status == 201) {
                return ACCEPTED;
            }
            if (status < 300) {
                return REPEATED;
            }
            return status >= 500 && status != 503 ? FAILED : REFUSED;
        }
    }

    /** Counts a check-in request's answer: its outcome and, for a refusal, its problem code. */
    public void checkInAnswered(int status, String code) {
        String outcome = CheckInOutcome.ofStatus(status).name().toLowerCase(Locale.ROOT);
        String problem = code == null ? "" : code;
        counter("sapo.checkins", "outcome", outcome, "code", problem).increment();
    }

    /** Records how long a check-in request took the server, from its arrival to its answer, admission included. */
    public void checkInTook(long nanos) {
        Timer timer = checkInTimer;
        if (timer == null) {
            timer = registry.timer(CHECK_IN_DURATION, Tags.empty());
            checkInTimer = timer;
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
        double seconds = nanos / 1e9;
        List<Counter> buckets = checkInBuckets();
        for (int i = 0; i < CHECK_IN_BOUNDS.length; i++) {
            if (seconds <= CHECK_IN_BOUNDS[i]) {
                buckets.get(i).increment();
            }
        }
        buckets.get(CHECK_IN_BOUNDS.length).increment();
    }

    private List<Counter> checkInBuckets() {
        List<Counter> buckets = checkInBuckets;
        if (buckets == null) {
            List<Counter> made = new ArrayList<>();
            for (double bound : CHECK_IN_BOUNDS) {
                made.add(registry.counter(CHECK_IN_WITHIN, Tags.of("le", Double.toString(bound))));
            }
            made.add(registry.counter(CHECK_IN_WITHIN, Tags.of("le", "+Inf")));
            buckets = List.copyOf(made);
            checkInBuckets = buckets;
        }
        return buckets;
    }

    /** The counter {@code name} with these tags (name, value, ...), found in the registry once. */
    private Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(
                name + '\u0000' + String.join("\u0000", tags), key -> registry.counter(name, Tags.of(tags)));
    }

    /**
     * Publishes the check-in admission's running and waiting counts, read from {@code gate} when scraped. The gauges
     * go with this deployment (see {@link #forget()}).
     */
    public <T> void admission(T gate, ToDoubleFunction<T> running, ToDoubleFunction<T> waiting) {
        registry.gauge(ADMISSION_RUNNING, Tags.empty(), gate, running);
        registry.gauge(ADMISSION_WAITING, Tags.empty(), gate, waiting);
    }

    /** Counts a password or second-factor refusal ({@code reason}: a fixed word, never the login name). */
    public void loginRefused(String reason) {
        counter("sapo.login.failures", "reason", reason).increment();
    }

    /** Counts an account locked out after too many wrong passwords or codes. */
    public void lockedOut() {
        counter("sapo.login.lockouts").increment();
    }

    /**
     * Runs a nightly job and records its duration and outcome; on success also the time, so that an alert can
     * notice a job that has not succeeded for a day. Answers what the job answered; a failure is thrown on.
     */
    public <T> T nightly(String job, Supplier<T> work) {
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            T result = work.get();
            outcome = "success";
            lastSuccess(job).set(clock.instant().getEpochSecond());
            return result;
        } finally {
            registry.timer("sapo.nightly.run", Tags.of("task", job, "outcome", outcome))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private AtomicLong lastSuccess(String job) {
        return lastSuccess.computeIfAbsent(
                job,
                name -> registry.gauge(NIGHTLY_LAST_SUCCESS, Tags.of("task", name), new AtomicLong(), AtomicLong::get));
    }

    /** Takes this deployment's gauges out of the server's registry, so that a redeployment reads its own. */
    @PreDestroy
    void forget() {
        for (String gauge : List.of(ADMISSION_RUNNING, ADMISSION_WAITING, NIGHTLY_LAST_SUCCESS)) {
            registry.find(gauge).meters().forEach(registry::remove);
        }
    }
}
