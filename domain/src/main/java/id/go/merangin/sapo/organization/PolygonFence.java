package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A fence of the area inside a simple polygon, border included. The vertices are given once each, in either
 * orientation; a closing vertex equal to the first (as GeoJSON and WKT write rings) is dropped.
 *
 * <p>Distances are computed by JTS in a local equirectangular projection in metres centred on the position being
 * tested, on the sphere of {@link Coordinates#MEAN_EARTH_RADIUS_M}. At fence scale (up to tens of kilometres) that is
 * accurate to well under 1%, and exact where it matters most: on the border. Fences are assumed not to reach the
 * poles; longitudes are unwrapped across the antimeridian.
 */
public record PolygonFence(List<Coordinates> vertices) implements Fence {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Coordinate ORIGIN = new Coordinate(0, 0);

    public PolygonFence {
        Objects.requireNonNull(vertices, "vertices");
        List<Coordinates> open = new ArrayList<>(vertices.size());
        for (Coordinates vertex : vertices) {
            open.add(Objects.requireNonNull(vertex, "vertex"));
        }
        if (open.size() > 1 && open.get(0).equals(open.get(open.size() - 1))) {
            open.remove(open.size() - 1);
        }
        if (new HashSet<>(open).size() < 3) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_FENCE,
                    "a polygon needs at least 3 distinct vertices",
                    Map.of("vertices", open.size()));
        }
        vertices = List.copyOf(open);
        if (!GEOMETRY.createPolygon(ringAround(vertices, centreOf(vertices))).isValid()) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_FENCE,
                    "a polygon must enclose an area and its edges must not cross each other");
        }
    }

    @Override
    public double distanceToAreaM(Coordinates p) {
        Coordinate[] ring = ringAround(vertices, p);
        if (PointLocation.isInRing(ORIGIN, ring)) {
            return 0;
        }
        return Distance.pointToSegmentString(ORIGIN, ring);
    }

    @Override
    public double reportedDistanceM(Coordinates p) {
        return distanceToAreaM(p);
    }

    @Override
    public OptionalDouble circleRadiusM() {
        return OptionalDouble.empty();
    }

    /** The vertex average: not the centroid, but good enough to put a pin on a map. */
    @Override
    public Coordinates centre() {
        return centreOf(vertices);
    }

    private static Coordinates centreOf(List<Coordinates> vertices) {
        Coordinates first = vertices.get(0);
        double latitude = 0;
        double longitudeOffset = 0;
        for (Coordinates vertex : vertices) {
            latitude += vertex.latitude();
            longitudeOffset += deltaLongitude(first, vertex);
        }
        return new Coordinates(
                latitude / vertices.size(),
                Coordinates.normaliseLongitude(first.longitude() + longitudeOffset / vertices.size()));
    }

    /** The closed ring of the vertices in metres, x east and y north of {@code origin}. */
    private static Coordinate[] ringAround(List<Coordinates> vertices, Coordinates origin) {
        double metresPerDegree = Coordinates.MEAN_EARTH_RADIUS_M * Math.PI / 180;
        double metresPerDegreeEast = metresPerDegree * Math.cos(Math.toRadians(origin.latitude()));
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            Coordinates vertex = vertices.get(i);
            ring[i] = new Coordinate(
                    deltaLongitude(origin, vertex) * metresPerDegreeEast,
                    (vertex.latitude() - origin.latitude()) * metresPerDegree);
        }
        ring[vertices.size()] = ring[0].copy();
        return ring;
    }

    /** The longitude of {@code to} minus that of {@code from}, the short way round. */
    private static double deltaLongitude(Coordinates from, Coordinates to) {
        return Coordinates.normaliseLongitude(to.longitude() - from.longitude());
    }
}
