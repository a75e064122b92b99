package id.go.merangin.sapo.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the phone's {@code POST /api/v1/attendance} CHECK_IN as the app sends it: bearer token, a fresh
 * Idempotency-Key, the position inside the fence, the phone's own clock as a claim, and that ASN's selfie.
 */
public final class CheckIns {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String ENDPOINT = "/api/v1/attendance";

    private final Selfie selfie;
    private final AtomicLong clockOffsetMillis = new AtomicLong(Long.MIN_VALUE);

    public CheckIns(Selfie selfie) {
        this.selfie = selfie;
    }

    /**
     * The selfies of a phase's ASN, each as the end of its request body, encoded before the phase starts: a phone
     * has its photo ready when it sends, and the sender, on the server's machine, should not spend the phase's CPU
     * on base64.
     */
    public List<byte[]> photosFor(List<Asn> asn, String phase) {
        return asn.parallelStream()
                .map(one -> (",\"photo\":\""
                                + Base64.getEncoder().encodeToString(selfie.taggedWith(phase + " " + one.nip()))
                                + "\"}")
                        .getBytes(StandardCharsets.US_ASCII))
                .toList();
    }

    /**
     * One ASN's check-in, ending with {@code photo} from {@link #photosFor}; its selfie differs from every other
     * ASN's and every other phase's.
     */
    public CheckIn of(Asn asn, byte[] photo) {
        String key = UUID.randomUUID().toString();
        byte[] fields = ("{\"type\":\"CHECK_IN\",\"latitude\":" + format(asn.latitude()) + ",\"longitude\":"
                        + format(asn.longitude()) + ",\"accuracyM\":" + asn.accuracyM() + ",\"mocked\":false"
                        + clientTime())
                .getBytes(StandardCharsets.US_ASCII);
        Map<String, String> headers = Map.of(
                "Authorization",
                "Bearer " + asn.token(),
                "Content-Type",
                "application/json",
                "Accept-Language",
                "en",
                "Idempotency-Key",
                key);
        return new CheckIn(asn, new PhoneClient.Post(ENDPOINT, headers, fields, photo));
    }

    /** Learns the server's (shifted) clock from an accepted answer, so later claims of the phone's time agree. */
    void learnServerTime(Instant serverTime) {
        clockOffsetMillis.compareAndSet(Long.MIN_VALUE, serverTime.toEpochMilli() - System.currentTimeMillis());
    }

    private String clientTime() {
        long offset = clockOffsetMillis.get();
        if (offset == Long.MIN_VALUE) {
            return "";
        }
        return ",\"clientTime\":\"" + Instant.ofEpochMilli(System.currentTimeMillis() + offset) + "\"";
    }

    private static String format(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    /** A built request and whose it is. */
    public record CheckIn(Asn asn, PhoneClient.Post post) {}
}
