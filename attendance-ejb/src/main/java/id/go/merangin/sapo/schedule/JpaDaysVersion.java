package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.DaysVersion;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Cache;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;

/**
 * {@link DaysVersion} in the table {@code days_version}: read once per transaction, moved on in the transaction of
 * every {@link DaysChanged} (before any other observer of it works a day out, so nothing that transaction works out
 * is kept). When it reads a version it has not seen before, it first drops this server's second-level cache of days
 * off and schedules and its cached query results: another server changed them, and Hibernate's own notice of that
 * (the replicated timestamps) may not have arrived yet.
 */
@ApplicationScoped
public class JpaDaysVersion implements DaysVersion {

    private static final String READ = JpaDaysVersion.class.getName() + ".read";

    private static final String CHANGING = JpaDaysVersion.class.getName() + ".changing";

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory factory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong highestSeen = new AtomicLong();

    @Override
    public long current() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return seen(read());
        }
        if (transactions.getResource(CHANGING) != null) {
            return DO_NOT_KEEP;
        }
        Long version = (Long) transactions.getResource(READ);
        if (version == null) {
            version = seen(read());
            transactions.putResource(READ, version);
        }
        return version;
    }

    /**
     * Moves the version on, once per transaction, in the transaction that changes the days (every service that
     * changes them is transactional; a notice outside a transaction changes nothing in the database).
     */
    void moveOn(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DaysChanged change) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(CHANGING) == null) {
            // its only query space: otherwise Hibernate would drop its whole second-level cache on every change
            em.createNativeQuery("update days_version set version = version + 1 where id = 1")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("days_version")
                    .executeUpdate();
            transactions.putResource(CHANGING, Boolean.TRUE);
        }
    }

    /**
     * The committed version. Its only query space is {@code days_version}: Hibernate flushes nothing else before it
     * (a native query otherwise flushes every pending change of the caller's transaction first).
     */
    private long read() {
        return ((Number) em.createNativeQuery("select version from days_version where id = 1")
                        .unwrap(NativeQuery.class)
                        .addSynchronizedQuerySpace("days_version")
                        .getSingleResult())
                .longValue();
    }

    private long seen(long version) {
        long highest = highestSeen.get();
        if (version > highest && highestSeen.compareAndSet(highest, version) && highest > 0) {
            Cache cache = factory.unwrap(SessionFactory.class).getCache();
            cache.evictEntityData(Holiday.class);
            cache.evictEntityData(WorkSchedule.class);
            cache.evictQueryRegions();
        }
        return version;
    }
}
