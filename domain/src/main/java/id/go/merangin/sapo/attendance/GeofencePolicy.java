package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Map;

/**
 * The two numbers BKPSDMD sets for the geofence rule. A phone's position is only known to within its reported
 * accuracy, so the position is widened by that accuracy, but never by more than {@code accuracyCapM}, so that a
 * vague fix cannot stretch a fence; and a fix worse than {@code accuracyLimitM} is not used at all.
 */
public record GeofencePolicy(double accuracyCapM, double accuracyLimitM) {

    /** The stable code of every refusal of an impossible policy. */

    /** Widen by at most 30 m; refuse fixes worse than 100 m. */
    public static final GeofencePolicy DEFAULT = new GeofencePolicy(30, 100);

    public GeofencePolicy {
        requireMetres("accuracy cap", accuracyCapM);
        requireMetres("accuracy limit", accuracyLimitM);
    }

    /** How far a position reported with {@code accuracyM} is widened: its accuracy, but no more than the cap. */
    public double wideningFor(double accuracyM) {
        return Math.min(accuracyM, accuracyCapM);
    }

    private static void requireMetres(String name, double metres) {
        if (!Double.isFinite(metres) || metres < 0) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_GEOFENCE_POLICY,
                    name + " must be a finite, non-negative number of metres, not " + metres,
                    Map.of("setting", name, "value", metres));
        }
    }
}
