package id.go.merangin.sapo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * The phones' outboxes in the fault drill, as SAPO's app keeps one (asn-app's outbox.js): a check-in is sent again,
 * with the same Idempotency-Key and the same body, until it gets a final answer (2xx or 4xx). After a 5xx with
 * Retry-After it waits that long (at most {@code longestWait}); after a 5xx without it, a refused or broken connection
 * or no answer in time, 2, 4, 8, 16, then 30 seconds. Each wait is spread by a tenth either way, as real phones'
 * timers drift apart, and no retry goes past the time limit: a phone still without a final answer then gives up.
 */
final class Outbox {

    private static final long FIRST_BACKOFF_MILLIS = 2000;
    private static final long LONGEST_BACKOFF_MILLIS = 30_000;

    private final PhoneClient client;
    private final FaultRecorder recorder;
    private final ScheduledExecutorService timer;
    private final long longestWaitMillis;
    private final long giveUpAtNanos;

    Outbox(
            PhoneClient client,
            FaultRecorder recorder,
            ScheduledExecutorService timer,
            Duration longestWait,
            long giveUpAtNanos) {
        this.client = client;
        this.recorder = recorder;
        this.timer = timer;
        this.longestWaitMillis = longestWait.toMillis();
        this.giveUpAtNanos = giveUpAtNanos;
    }

    /**
     * A steady open-loop rush of {@code count} phones: builds the {@code i}-th call (its claimed time is the sending
     * time) and sends it at {@code start + i / rate} seconds ({@link System#nanoTime}), each on until it is answered
     * for good; returns once every phone is done.
     */
    void rush(int count, IntFunction<CheckIns.CheckIn> call, double rate, long start) {
        List<CompletableFuture<Void>> delivered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            delivered.add(deliver(call.apply(i)));
        }
        CompletableFuture.allOf(delivered.toArray(CompletableFuture[]::new)).join();
    }

    /** Sends {@code call} now and again until it is answered for good; completes then, or when the phone gives up. */
    CompletableFuture<Void> deliver(CheckIns.CheckIn call) {
        CompletableFuture<Void> delivered = new CompletableFuture<>();
        attempt(call, 1, delivered);
        return delivered;
    }

    private void attempt(CheckIns.CheckIn call, int attempt, CompletableFuture<Void> delivered) {
        long sentMillis = System.currentTimeMillis();
        client.send(call.post()).whenComplete((answer, failure) -> {
            recorder.record(call, attempt, sentMillis, answer, failure);
            if (failure == null && answer.status() < 500) {
                delivered.complete(null);
                return;
            }
            long wait = waitMillis(attempt, failure == null ? answer.retryAfter() : Optional.empty());
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait) >= giveUpAtNanos) {
                recorder.gaveUp();
                delivered.complete(null);
                return;
            }
            timer.schedule(() -> attempt(call, attempt + 1, delivered), wait, TimeUnit.MILLISECONDS);
        });
    }

    private long waitMillis(int attempt, Optional<String> retryAfter) {
        long asked = retryAfter
                .flatMap(Outbox::seconds)
                .map(TimeUnit.SECONDS::toMillis)
                .map(millis -> Math.min(millis, longestWaitMillis))
                .orElse(Math.min(LONGEST_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt - 1, 4)));
        long spread = asked / 10;
        return Math.max(0, asked + ThreadLocalRandom.current().nextLong(-spread, spread + 1));
    }

    private static Optional<Long> seconds(String header) {
        try {
            return Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
