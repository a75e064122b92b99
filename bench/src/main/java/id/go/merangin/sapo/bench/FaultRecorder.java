package id.go.merangin.sapo.bench;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the phones saw during the fault drill: every attempt's answer by kind (overall and by five seconds of the
 * rush), the event each ASN was acknowledged with, answers that named a second event for an ASN, the phones that gave
 * up, and when each acceptance was sent and came, to tell how long SAPO took to accept again after a fault.
 */
final class FaultRecorder {

    /** What an attempt got; the phone retries after those from {@link #DATABASE_UNAVAILABLE} on. */
    enum Kind {
        CREATED("201 created", "201"),
        ALREADY_RECORDED("200 already recorded (the same event)", "200"),
        OTHER_ANSWER("other answer", "other"),
        DATABASE_UNAVAILABLE("503 DATABASE_UNAVAILABLE", "503 db"),
        SERVER_BUSY("503 SERVER_BUSY", "503 busy"),
        BOOTING("503 without a problem (WildFly booting)", "503 boot"),
        SERVER_ERROR("500", "500"),
        REFUSED("connection refused", "refused"),
        BROKEN("connection closed or reset, no answer", "broken"),
        TIMED_OUT("no answer in time", "timeout"),
        OTHER_FAILURE("other failure", "failure");

        final String label;
        final String column;

        Kind(String label, String column) {
            this.label = label;
            this.column = column;
        }
    }

    /** An acceptance: when its attempt was sent and when its answer came, epoch milliseconds. */
    record Acceptance(long sentMillis, long answeredMillis, boolean created) {}

    static final int BUCKET_SECONDS = 5;
    private static final int BUCKETS = 240;
    private static final Pattern EVENT_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");
    private static final Pattern SERVER_TIME = Pattern.compile("\"serverTime\":\"([^\"]+)\"");

    private final CheckIns checkIns;
    private final long startMillis;
    private final Map<Kind, LongAdder> kinds = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLongArray> byBucket = new EnumMap<>(Kind.class);
    private final ConcurrentMap<String, LongAdder> others = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Long> eventOf = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Acceptance> acceptances = new ConcurrentLinkedQueue<>();
    private final LongAdder secondEvent = new LongAdder();
    private final LongAdder acceptedOnRetry = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder gaveUp = new LongAdder();

    FaultRecorder(CheckIns checkIns, Instant rushStart) {
        this.checkIns = checkIns;
        this.startMillis = rushStart.toEpochMilli();
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new LongAdder());
            byBucket.put(kind, new AtomicLongArray(BUCKETS));
        }
    }

    /** Records the answer (or failure) of sending {@code call} the {@code attempt}-th time, at {@code sentMillis}. */
    void record(CheckIns.CheckIn call, int attempt, long sentMillis, PhoneClient.Answer answer, Throwable failure) {
        long now = System.currentTimeMillis();
        if (attempt > 1) {
            retries.increment();
        }
        Kind kind = failure != null ? failureKind(failure) : answerKind(answer);
        kinds.get(kind).increment();
        int bucket = (int) Math.max(0, Math.min(BUCKETS - 1, (now - startMillis) / 1000 / BUCKET_SECONDS));
        byBucket.get(kind).incrementAndGet(bucket);
        if (kind == Kind.CREATED || kind == Kind.ALREADY_RECORDED) {
            acknowledged(call.asn().employeeId(), answer.body(), attempt);
            acceptances.add(new Acceptance(sentMillis, now, kind == Kind.CREATED));
        }
    }

    private Kind answerKind(PhoneClient.Answer answer) {
        Matcher code = CODE.matcher(answer.body());
        Optional<String> problem = code.find() ? Optional.of(code.group(1)) : Optional.empty();
        return switch (answer.status()) {
            case 201 -> Kind.CREATED;
            case 200 -> Kind.ALREADY_RECORDED;
            case 500 -> Kind.SERVER_ERROR;
            case 503 ->
                problem.map(it -> switch (it) {
                            case "DATABASE_UNAVAILABLE" -> Kind.DATABASE_UNAVAILABLE;
                            case "SERVER_BUSY" -> Kind.SERVER_BUSY;
                            default -> other(answer.status() + " " + it);
                        })
                        .orElse(Kind.BOOTING);
            default -> other(answer.status() + " " + problem.orElse("(no code)"));
        };
    }

    private Kind failureKind(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return Kind.TIMED_OUT;
        }
        if (cause instanceof ConnectTimeoutException) {
            return other("connect timeout");
        }
        if (cause instanceof ConnectException) {
            return Kind.REFUSED;
        }
        if (cause instanceof IOException) {
            return Kind.BROKEN;
        }
        return other(cause.getClass().getSimpleName());
    }

    private Kind other(String detail) {
        others.computeIfAbsent(detail, k -> new LongAdder()).increment();
        return detail.matches("\\d{3} .*") ? Kind.OTHER_ANSWER : Kind.OTHER_FAILURE;
    }

    private void acknowledged(long employeeId, String body, int attempt) {
        Matcher id = EVENT_ID.matcher(body);
        if (!id.find()) {
            other("accepted without an event id");
            return;
        }
        long eventId = Long.parseLong(id.group(1));
        Long earlier = eventOf.putIfAbsent(employeeId, eventId);
        if (earlier != null && earlier != eventId) {
            secondEvent.increment();
        }
        if (attempt > 1) {
            acceptedOnRetry.increment();
        }
        Matcher serverTime = SERVER_TIME.matcher(body);
        if (serverTime.find()) {
            checkIns.learnServerTime(Instant.parse(serverTime.group(1)));
        }
    }

    void gaveUp() {
        gaveUp.increment();
    }

    long count(Kind kind) {
        return kinds.get(kind).sum();
    }

    /** The attempts by kind over the whole drill. */
    Map<Kind, Long> kinds() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        kinds.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    /** What the "other" kinds were: status and problem code, or the failure's class. */
    Map<String, Long> others() {
        Map<String, Long> sorted = new TreeMap<>();
        others.forEach((detail, count) -> sorted.put(detail, count.sum()));
        return sorted;
    }

    /** Attempts of {@code kind} answered in each {@value #BUCKET_SECONDS}-second slot from the rush's start. */
    long inBucket(Kind kind, int bucket) {
        return byBucket.get(kind).get(bucket);
    }

    /** The slots up to the last one with an answer. */
    int buckets() {
        int last = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            for (Kind kind : Kind.values()) {
                if (byBucket.get(kind).get(bucket) > 0) {
                    last = bucket + 1;
                }
            }
        }
        return last;
    }

    /** The ASN acknowledged with an event, each with the first event's id. */
    Map<Long, Long> acknowledged() {
        return Map.copyOf(eventOf);
    }

    /**
     * The first 201 to an attempt sent at or after {@code since}: when SAPO created an event again after a fault.
     */
    Optional<Acceptance> firstCreatedSince(Instant since) {
        return acceptances.stream()
                .filter(Acceptance::created)
                .filter(acceptance -> acceptance.sentMillis() >= since.toEpochMilli())
                .min((a, b) -> Long.compare(a.answeredMillis(), b.answeredMillis()));
    }

    /** Acceptances that named another event than the one the ASN was acknowledged with first. */
    long secondEvents() {
        return secondEvent.sum();
    }

    long acceptedOnRetry() {
        return acceptedOnRetry.sum();
    }

    long retries() {
        return retries.sum();
    }

    long gaveUpCount() {
        return gaveUp.sum();
    }

    long startMillis() {
        return startMillis;
    }
}
