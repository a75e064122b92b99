package id.go.merangin.sapo.bench;

import java.util.Random;

/**
 * An OPD's circular office location from the demo data, and a way to stand inside it.
 *
 * @param opdId the OPD
 * @param latitude the centre
 * @param longitude the centre
 * @param radiusM the radius in metres
 */
public record Fence(long opdId, double latitude, double longitude, double radiusM) {

    private static final double METRES_PER_DEGREE = 111_320;

    /** A point at most half the radius from the centre, where a check-in is accepted whatever the accuracy. */
    public double[] pointInside(Random random) {
        double bearing = random.nextDouble() * 2 * Math.PI;
        double distance = random.nextDouble() * radiusM / 2;
        double dLat = distance * Math.cos(bearing) / METRES_PER_DEGREE;
        double dLon = distance * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new double[] {latitude + dLat, longitude + dLon};
    }
}
