package id.go.merangin.sapo.bench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one phase saw: the latency of every answer from the moment its request was meant to be sent (so that a
 * stalled server shows its stall instead of slowing the sender down), answers by kind, the event id each ASN got
 * back, and whether every retry with the same Idempotency-Key was answered with the first event.
 */
public final class PhaseRecorder {

    static final String ACCEPTED = "201/200 accepted";
    private static final Pattern EVENT_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");
    private static final Pattern SERVER_TIME = Pattern.compile("\"serverTime\":\"([^\"]+)\"");
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
    /** Seconds a phase may last for its per-second counts (the last slot takes any later ones). */
    private static final int SECONDS = 600;

    private final CheckIns checkIns;
    private final Histogram all = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Histogram accepted = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Histogram refused = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final ConcurrentMap<String, LongAdder> kinds = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Long> eventOf = new ConcurrentHashMap<>();
    private final LongAdder doubled = new LongAdder();
    private final LongAdder retriesSent = new LongAdder();
    private final LongAdder retriesSameEvent = new LongAdder();
    private final LongAdder busyWithoutRetryAfter = new LongAdder();
    private long connectionsOpened;

    private final long created = System.nanoTime();
    private final AtomicLongArray answersBySecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray refusedBySecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray worstBySecond = new AtomicLongArray(SECONDS);
    private final AtomicLong firstIntended = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);

    public PhaseRecorder(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** Records the answer (or failure) of a request meant to go out at {@code intendedNanos}. */
    public void record(
            CheckIns.CheckIn call, boolean retry, long intendedNanos, PhoneClient.Answer response, Throwable failure) {
        long now = System.nanoTime();
        firstIntended.accumulateAndGet(intendedNanos, Math::min);
        lastAnswered.accumulateAndGet(now, Math::max);
        long micros = Math.max(1, Math.min(HIGHEST_MICROS, (now - intendedNanos) / 1000));
        all.recordValue(micros);
        int second = (int) Math.max(0, Math.min(SECONDS - 1, (intendedNanos - created) / 1_000_000_000L));
        answersBySecond.incrementAndGet(second);
        worstBySecond.accumulateAndGet(second, micros, Math::max);
        boolean acceptance = failure == null && (response.status() == 201 || response.status() == 200);
        if (!acceptance) {
            refusedBySecond.incrementAndGet(second);
        }
        if (retry) {
            retriesSent.increment();
        }
        if (failure != null) {
            count(failureKind(failure));
            return;
        }
        int status = response.status();
        if (acceptance) {
            accepted.recordValue(micros);
            count(ACCEPTED);
            acceptedEvent(call.asn().employeeId(), response.body());
            return;
        }
        refused.recordValue(micros);
        Matcher code = CODE.matcher(response.body());
        count(status + " " + (code.find() ? code.group(1) : "(no code)"));
        if (status == 503 && response.retryAfter().isEmpty()) {
            busyWithoutRetryAfter.increment();
        }
    }

    private void acceptedEvent(long employeeId, String body) {
        Matcher id = EVENT_ID.matcher(body);
        if (!id.find()) {
            count("accepted without an event id");
            return;
        }
        long eventId = Long.parseLong(id.group(1));
        Long earlier = eventOf.putIfAbsent(employeeId, eventId);
        if (earlier != null && earlier != eventId) {
            doubled.increment();
        } else if (earlier != null) {
            retriesSameEvent.increment();
        }
        Matcher serverTime = SERVER_TIME.matcher(body);
        if (serverTime.find()) {
            checkIns.learnServerTime(Instant.parse(serverTime.group(1)));
        }
    }

    private void count(String kind) {
        kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static String failureKind(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof TimeoutException
                ? "client timeout (" + CheckIns.TIMEOUT.toSeconds() + " s)"
                : "I/O " + cause.getClass().getSimpleName();
    }

    /** Latency of every answer, microseconds from the intended send time. */
    public Histogram all() {
        return all;
    }

    /** Latency of the accepted check-ins alone. */
    public Histogram accepted() {
        return accepted;
    }

    /** Latency of answers other than acceptance (503s under overload, refusals). */
    public Histogram refused() {
        return refused;
    }

    /** Answers by kind: "201/200 accepted", or HTTP status and problem code, or the client's failure. */
    public Map<String, Long> kinds() {
        Map<String, Long> sorted = new TreeMap<>();
        kinds.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    /** The ASN that got an event accepted, each with the event's id. */
    public Map<Long, Long> acceptedEvents() {
        return Map.copyOf(eventOf);
    }

    /** Answers that named a second, different event for an ASN who already had one. */
    public long doubled() {
        return doubled.sum();
    }

    public long retriesSent() {
        return retriesSent.sum();
    }

    /** Second answers for one ASN (a retry and its original) that named the same event. */
    public long retriesSameEvent() {
        return retriesSameEvent.sum();
    }

    public long busyWithoutRetryAfter() {
        return busyWithoutRetryAfter.sum();
    }

    /**
     * Each second of the phase (by when its requests were due): answers, answers other than acceptance, and the
     * slowest in milliseconds, as {@code answers/others/slowest}; shows when a stall or a burst of 503s happened.
     */
    public String bySecond() {
        StringBuilder seconds = new StringBuilder();
        for (int second = 0; second < SECONDS; second++) {
            long answers = answersBySecond.get(second);
            if (answers > 0) {
                seconds.append(seconds.length() == 0 ? "" : " ")
                        .append(answers)
                        .append('/')
                        .append(refusedBySecond.get(second))
                        .append('/')
                        .append(worstBySecond.get(second) / 1000);
            }
        }
        return seconds.toString();
    }

    void connectionsOpened(long count) {
        connectionsOpened = count;
    }

    /** The phones' new connections during the phase (the others were kept alive from before). */
    public long connectionsOpened() {
        return connectionsOpened;
    }

    /** From the first intended send to the last answer. */
    public double elapsedSeconds() {
        return (lastAnswered.get() - firstIntended.get()) / 1e9;
    }
}
