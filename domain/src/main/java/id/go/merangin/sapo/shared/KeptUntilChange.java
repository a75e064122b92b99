package id.go.merangin.sapo.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values worked out from the database and kept, until what they were worked out from changes. Two things tell: the
 * owner calls {@link #forget()} once a change on this server has committed (typically on {@link DaysChanged}, after
 * success), and the version (see {@link DaysVersion}), read on each {@link #get}, has moved on since the values were
 * kept, because a change committed on another server of the cluster. A value worked out while a change was
 * committing may already be stale: it is handed to the one who asked but not kept (the generation tells), so nothing
 * stale outlives the change. At most {@code maxEntries} are kept; beyond that the whole lot is dropped (the keys are
 * dates and the like, so this is rare and cheap).
 *
 * @param <K> what a value is kept by
 * @param <V> the value
 */
public final class KeptUntilChange<K, V> {

    private final int maxEntries;
    private final LongSupplier version;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong keptAt = new AtomicLong();
    private final ConcurrentMap<K, V> kept = new ConcurrentHashMap<>();

    /** Kept until {@link #forget()}: for values that only this server changes. */
    public KeptUntilChange(int maxEntries) {
        this(maxEntries, () -> 0);
    }

    /**
     * Kept until {@link #forget()}, or until {@code version} answers a higher number than the values were kept at; a
     * negative number (see {@link DaysVersion#DO_NOT_KEEP}) means that nothing worked out now may be kept.
     */
    public KeptUntilChange(int maxEntries, LongSupplier version) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("keeps at least one value");
        }
        this.maxEntries = maxEntries;
        this.version = version;
    }

    /** The value kept for {@code key}, or the one {@code workOut} gives now (kept unless a change interfered). */
    public V get(K key, Function<K, V> workOut) {
        long now = version.getAsLong();
        long at = keptAt.get();
        if (now > at && keptAt.compareAndSet(at, now)) {
            forget();
        } else if (now < keptAt.get()) {
            return workOut.apply(key);
        }
        V value = kept.get(key);
        if (value != null) {
            return value;
        }
        long before = generation.get();
        value = workOut.apply(key);
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        V first = kept.putIfAbsent(key, value);
        if (first != null) {
            return first;
        }
        if (generation.get() != before) {
            kept.remove(key, value);
        }
        return value;
    }

    /** Drops everything kept; what is being worked out at this moment will not be kept either. */
    public void forget() {
        generation.incrementAndGet();
        kept.clear();
    }
}
