package id.go.merangin.sapo.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code concurrent} holders at a time; at most {@code queue} more wait, in arrival order, each at most
 * {@code maxWaitMillis}; anyone beyond is turned away at once. The policy behind {@link CheckInAdmission}.
 */
final class AdmissionGate {

    private final int concurrent;
    private final Semaphore permits;
    private final int queue;
    private final long maxWaitMillis;

    AdmissionGate(int concurrent, int queue, long maxWaitMillis) {
        if (concurrent < 1 || queue < 0 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("concurrent >= 1, queue >= 0 and wait >= 0, not " + concurrent + ", "
                    + queue + ", " + maxWaitMillis);
        }
        this.concurrent = concurrent;
        this.permits = new Semaphore(concurrent, true);
        this.queue = queue;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** True when admitted; the caller must then {@link #leave()}. */
    boolean enter() {
        if (permits.tryAcquire()) {
            return true;
        }
        if (permits.getQueueLength() >= queue) {
            return false;
        }
        try {
            return permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        permits.release();
    }

    /** How many hold a permit now (read for the metrics: a moment's figure, not a lock). */
    int running() {
        return concurrent - permits.availablePermits();
    }

    /** How many wait for a permit now (an estimate, as {@link Semaphore#getQueueLength()} says). */
    int waiting() {
        return permits.getQueueLength();
    }
}
