package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Map;

/**
 * A point on the Earth in WGS 84 degrees, as a phone's GPS reports it and as an office location is drawn on the
 * map. Distances are great-circle distances on a sphere of the mean Earth radius: at the scale of a geofence (metres
 * to tens of kilometres) that is within a fraction of a percent of the ellipsoid, far below what a phone's GPS
 * accuracy can tell apart.
 */
public record Coordinates(double latitude, double longitude) {

    /** The mean Earth radius (IUGG) in metres, used for every distance and projection in SAPO's rules. */
    public static final double MEAN_EARTH_RADIUS_M = 6_371_008.8;

    /** The stable code of every refusal of an impossible position. */
    public Coordinates {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw invalid("latitude " + latitude + " is outside [-90, 90]", latitude, longitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw invalid("longitude " + longitude + " is outside [-180, 180]", latitude, longitude);
        }
    }

    /** The great-circle distance to {@code other} in metres, by the haversine formula. */
    public double distanceTo(Coordinates other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
        double a = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        a = Math.min(1, Math.max(0, a));
        return 2 * MEAN_EARTH_RADIUS_M * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /**
     * The point reached by travelling {@code distanceM} metres along a great circle starting at the initial bearing
     * {@code bearingDegrees} (0 north, 90 east). Used to place test and demo points at a known distance.
     */
    public Coordinates destination(double bearingDegrees, double distanceM) {
        if (!Double.isFinite(bearingDegrees)) {
            throw new IllegalArgumentException("bearing must be finite, not " + bearingDegrees);
        }
        if (!Double.isFinite(distanceM) || distanceM < 0) {
            throw new IllegalArgumentException("distance must be finite and not negative, not " + distanceM);
        }
        double delta = distanceM / MEAN_EARTH_RADIUS_M;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(latitude);
        double lambda1 = Math.toRadians(longitude);
        double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
        double phi2 = Math.asin(Math.min(1, Math.max(-1, sinPhi2)));
        double lambda2 = lambda1
                + Math.atan2(
                        Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
        double lat = Math.max(-90, Math.min(90, Math.toDegrees(phi2)));
        return new Coordinates(lat, normaliseLongitude(Math.toDegrees(lambda2)));
    }

    /** {@code degrees} brought into [-180, 180]. */
    static double normaliseLongitude(double degrees) {
        double normalised = ((degrees + 180) % 360 + 360) % 360 - 180;
        return normalised == -180 && degrees > 0 ? 180 : normalised;
    }

    private static InvalidInputException invalid(String message, double latitude, double longitude) {
        return new InvalidInputException(
                ProblemCode.INVALID_COORDINATES, message, Map.of("latitude", latitude, "longitude", longitude));
    }
}
