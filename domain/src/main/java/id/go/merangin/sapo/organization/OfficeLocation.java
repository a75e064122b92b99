package id.go.merangin.sapo.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A place where the ASN of an OPD may record attendance (titik absen): either a circle (a centre and a radius)
 * or a polygon, stored as PostGIS {@code geography} in SRID 4326 so that distances come out in metres. An OPD has
 * several; a location may be valid only between two dates (an apel, an event, a WFA site). The geofence rule itself
 * is {@link Fence}'s and {@code GeofenceDecision}'s; this entity only keeps the shape and its validity.
 * <p>Cached by Hibernate (second level): read on every check-in, changed rarely and only through SAPO.
 */
@Entity
@Table(name = "office_location")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class OfficeLocation {

    /** WGS 84, the reference system of GPS positions. */
    public static final int SRID = 4326;

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), SRID);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_location_seq")
    @SequenceGenerator(name = "office_location_seq", sequenceName = "office_location_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opd_id", nullable = false)
    private Opd opd;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "geography(Point,4326)")
    private Point centre;

    @Column(name = "radius_m")
    private Double radiusM;

    @Column(columnDefinition = "geography(Polygon,4326)")
    private Polygon area;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(nullable = false)
    private boolean active = true;

    protected OfficeLocation() {
        // for JPA
    }

    private OfficeLocation(Opd opd, String name) {
        this.opd = Objects.requireNonNull(opd, "opd");
        this.name = Objects.requireNonNull(name, "name").strip();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /** A circular fence: everything within {@code radiusM} metres of {@code centre}. */
    public static OfficeLocation circle(Opd opd, String name, Coordinates centre, double radiusM) {
        OfficeLocation location = new OfficeLocation(opd, name);
        location.reshapeToCircle(centre, radiusM);
        return location;
    }

    /** A polygonal fence through {@code vertices}, given once each (the ring is closed here). */
    public static OfficeLocation polygon(Opd opd, String name, List<Coordinates> vertices) {
        OfficeLocation location = new OfficeLocation(opd, name);
        location.reshapeToPolygon(vertices);
        return location;
    }

    public void reshapeToCircle(Coordinates newCentre, double newRadiusM) {
        CircleFence fence = new CircleFence(newCentre, newRadiusM);
        this.centre = toPoint(fence.centre());
        this.radiusM = fence.radiusM();
        this.area = null;
    }

    public void reshapeToPolygon(List<Coordinates> vertices) {
        PolygonFence fence = new PolygonFence(vertices);
        List<Coordinate> ring = new ArrayList<>();
        for (Coordinates vertex : fence.vertices()) {
            ring.add(new Coordinate(vertex.longitude(), vertex.latitude()));
        }
        ring.add(ring.get(0));
        this.area = GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
        this.centre = null;
        this.radiusM = null;
    }

    /** Restricts the location to the given dates (both inclusive; {@code null} leaves that side open). */
    public void limitTo(LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("valid until " + until + " is before valid from " + from);
        }
        this.validFrom = from;
        this.validUntil = until;
    }

    public boolean isUsableOn(LocalDate date) {
        return active
                && (validFrom == null || !date.isBefore(validFrom))
                && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The pure shape of this location, for the geofence rule. */
    public Fence toFence() {
        if (area != null) {
            List<Coordinates> vertices = new ArrayList<>();
            Coordinate[] ring = area.getExteriorRing().getCoordinates();
            for (int i = 0; i < ring.length - 1; i++) {
                vertices.add(new Coordinates(ring[i].y, ring[i].x));
            }
            return new PolygonFence(vertices);
        }
        return new CircleFence(new Coordinates(centre.getY(), centre.getX()), radiusM);
    }

    /** The JTS point of a GPS position, in this entity's reference system, for spatial queries. */
    public static Point toPoint(Coordinates coordinates) {
        return GEOMETRY.createPoint(new Coordinate(coordinates.longitude(), coordinates.latitude()));
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public Opd opd() {
        return opd;
    }

    public String name() {
        return name;
    }

    public boolean isCircle() {
        return area == null;
    }

    public Optional<Double> radiusM() {
        return Optional.ofNullable(radiusM);
    }

    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public boolean isActive() {
        return active;
    }
}
