package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * When an accepted event is flagged for the admin's review. The server's time is the truth; the phone's time is
 * only a claim, flagged when it differs from the server's by more than {@code maxClockSkewMinutes}. Two positioned
 * events more than a kilometre apart are flagged when going from one to the other would need more than
 * {@code maxTravelKmh} (a kilometre is the margin of two GPS fixes, so a short walk is never "impossible"). A flag
 * refuses nothing: it marks what deserves a second look.
 *
 * @param maxClockSkewMinutes the phone's clock may differ from the server's by this much (at least 1 minute)
 * @param maxTravelKmh the fastest believable travel between two events (at least 1 km/h)
 */
public record IntegrityRules(int maxClockSkewMinutes, int maxTravelKmh) {

    /** The stable code of every refusal of impossible integrity thresholds. */

    /** 5 minutes of clock skew; 150 km/h, faster than any road of the regency allows. */
    public static final IntegrityRules DEFAULT = new IntegrityRules(5, 150);

    private static final double MARGIN_KM = 1;

    public IntegrityRules {
        if (maxClockSkewMinutes < 1 || maxClockSkewMinutes > 24 * 60 || maxTravelKmh < 1 || maxTravelKmh > 2000) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_INTEGRITY_RULES,
                    "the clock skew must be 1 to 1440 minutes and" + " the travel speed 1 to 2000 km/h, not "
                            + maxClockSkewMinutes + " and " + maxTravelKmh,
                    Map.of("maxClockSkewMinutes", maxClockSkewMinutes, "maxTravelKmh", maxTravelKmh));
        }
    }

    /** Whether the phone's {@code clientTime} (none: no claim, nothing to flag) is too far from {@code serverTime}. */
    public boolean clockSkewed(Instant clientTime, Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        return clientTime != null
                && Duration.between(clientTime, serverTime).abs().compareTo(Duration.ofMinutes(maxClockSkewMinutes))
                        > 0;
    }

    /** Whether {@code km} in {@code elapsed} (at least a millisecond is assumed) is faster than believable. */
    public boolean impossibleTravel(double km, Duration elapsed) {
        Objects.requireNonNull(elapsed, "elapsed");
        double hours = Math.max(elapsed.abs().toMillis(), 1) / 3_600_000.0;
        return km > MARGIN_KM && km / hours > maxTravelKmh;
    }
}
