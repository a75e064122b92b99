package id.go.merangin.sapo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one clock of SAPO: every time-dependent piece of code gets its {@link Clock} from here, never from
 * {@code Instant.now()}. In production it is the system clock. For demos and acceptance tests an operator may set
 * {@code SAPO_CLOCK_START} (MicroProfile Config {@code sapo.clock.start}) to an ISO-8601 instant: the clock then
 * starts at that instant when the application starts and runs on in real time, and a warning says so in the log.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Inject
    @ConfigProperty(name = "sapo.clock.start")
    Optional<String> clockStart;

    private Clock clock;

    @PostConstruct
    void init() {
        Optional<Instant> start = clockStart.filter(value -> !value.isBlank()).map(ClockProducer::parse);
        clock = start.map(instant -> startingAt(instant, Clock.systemUTC())).orElseGet(Clock::systemUTC);
        start.ifPresent(instant -> LOG.warnf(
                "SAPO_CLOCK_START is set: SAPO's clock started at %s and runs on "
                        + "from there; attendance is NOT recorded at the real time. Never set it in production.",
                instant));
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** A clock that reads {@code start} now and then advances with {@code base}. */
    static Clock startingAt(Instant start, Clock base) {
        return Clock.offset(base, java.time.Duration.between(base.instant(), start));
    }

    private static Instant parse(String value) {
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(
                    "SAPO_CLOCK_START must be an ISO-8601 instant such as " + "2026-03-02T00:25:00Z, not '" + value
                            + "'",
                    e);
        }
    }
}
