package id.go.merangin.sapo.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Anything else: a database out of reach is answered 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}
 * (the phone tries again with the same key; nothing was stored), logged in one line at most every
 * {@value #OUTAGE_LOG_EVERY_S} seconds, never a stack trace per request; everything else is SAPO's fault, logged in
 * full and answered as a bare 500 problem that reveals nothing.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    static final long OUTAGE_LOG_EVERY_S = 10;

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);
    private static final AtomicLong LAST_OUTAGE_LOG = new AtomicLong(System.nanoTime() - Duration.ofSeconds(
            OUTAGE_LOG_EVERY_S).toNanos());
    private static final AtomicLong OUTAGES_UNLOGGED = new AtomicLong();

    @Context
    HttpHeaders headers;

    @Inject
    @ConfigProperty(name = "sapo.outage.retry-after-s", defaultValue = "10")
    int retryAfterS;

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            logOutage(e);
            return Response.fromResponse(Problems.of(503, DATABASE_UNAVAILABLE, Map.of("retryAfterS", retryAfterS),
                    headers)).header("Retry-After", retryAfterS).build();
        }
        LOG.error("Unexpected error answering a mobile API request", e);
        return Problems.of(500, "INTERNAL_ERROR", Map.of(), headers);
    }

    private static void logOutage(Throwable e) {
        long now = System.nanoTime();
        long last = LAST_OUTAGE_LOG.get();
        if (now - last >= Duration.ofSeconds(OUTAGE_LOG_EVERY_S).toNanos() && LAST_OUTAGE_LOG.compareAndSet(last, now)) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf("The database is out of reach: mobile API requests are answered 503 (%d more since the last"
                    + " line). Cause: %s: %s", OUTAGES_UNLOGGED.getAndSet(0), root.getClass().getName(),
                    root.getMessage());
        } else {
            OUTAGES_UNLOGGED.incrementAndGet();
        }
    }
}
