package id.go.merangin.sapo.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The log of a database outage, shared by the mobile API and the admin screens: one line at most every
 * {@value #EVERY_S} seconds with the count of requests answered 503 since the last line and the root cause's message,
 * never a stack trace per request (during the morning rush that would be thousands a second).
 */
public final class OutageLog {

    static final long EVERY_S = 10;

    private static final Logger LOG = Logger.getLogger(OutageLog.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(EVERY_S).toNanos();
    private static final AtomicLong LAST_LINE = new AtomicLong(System.nanoTime() - EVERY_NANOS);
    private static final AtomicLong UNLOGGED = new AtomicLong();

    private OutageLog() {}

    /** Notes a request answered 503 because of {@code failure} (a {@link DatabaseOutage}), by {@code who}. */
    public static void note(String who, Throwable failure) {
        long now = System.nanoTime();
        long last = LAST_LINE.get();
        if (now - last >= EVERY_NANOS && LAST_LINE.compareAndSet(last, now)) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf(
                    "The database is out of reach: %s answered 503 (%d more requests since the last line)."
                            + " Cause: %s: %s",
                    who, UNLOGGED.getAndSet(0), root.getClass().getName(), root.getMessage());
        } else {
            UNLOGGED.incrementAndGet();
        }
    }
}
