package id.go.merangin.sapo.organization;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The pure shape of an office location, the area where attendance may be recorded: a {@link CircleFence} (a point
 * and a radius, what most OPDs draw) or a {@link PolygonFence} (a compound, a market, a long road). The geofence rule
 * only needs how far a position is from the area and what to tell the ASN, so both shapes answer the same questions.
 */
public sealed interface Fence permits CircleFence, PolygonFence {

    static CircleFence circle(Coordinates centre, double radiusM) {
        return new CircleFence(centre, radiusM);
    }

    static PolygonFence polygon(List<Coordinates> vertices) {
        return new PolygonFence(vertices);
    }

    /** 0 when {@code p} is inside or on the border, else the shortest distance in metres from {@code p} to the area. */
    double distanceToAreaM(Coordinates p);

    /**
     * The distance the ASN is told when refused: from the centre for a circle (shown next to its radius), to the
     * area for a polygon (0 inside).
     */
    double reportedDistanceM(Coordinates p);

    /** The radius of a circle; empty for a polygon. */
    OptionalDouble circleRadiusM();

    /** A point to put on a map for this fence: the centre of a circle, the vertex average of a polygon. */
    Coordinates centre();
}
