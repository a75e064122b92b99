package id.go.merangin.sapo.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values worked out from the database and kept, until their owner calls {@link #forget()} once a change to what
 * they were worked out from has committed (typically on {@link DaysChanged}, after success). A value worked out
 * while a change was committing may already be stale: it is handed to the one who asked but not kept (the
 * generation tells), so nothing stale outlives the change. At most {@code maxEntries} are kept; beyond that the
 * whole lot is dropped (the keys are dates and the like, so this is rare and cheap).
 *
 * @param <K> what a value is kept by
 * @param <V> the value
 */
public final class KeptUntilChange<K, V> {

    private final int maxEntries;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentMap<K, V> kept = new ConcurrentHashMap<>();

    public KeptUntilChange(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("keeps at least one value");
        }
        this.maxEntries = maxEntries;
    }

    /** The value kept for {@code key}, or the one {@code workOut} gives now (kept unless a change interfered). */
    public V get(K key, Function<K, V> workOut) {
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
