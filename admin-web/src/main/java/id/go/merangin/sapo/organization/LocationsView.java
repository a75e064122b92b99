package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * OPDs and their office locations. The officer picks an OPD in reach, sees its locations on the map and in a list,
 * and adds or reshapes one: a circle placed by a click and sized by dragging its edge, or a polygon drawn click by
 * click, or either typed as coordinates; a location may be dated (an apel, an event). OPDs and sub-units are made
 * and renamed in a dialog. The services decide who may change what.
 */
@Named
@ViewScoped
public class LocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The shapes a location is drawn as. */
    public enum Shape {
        CIRCLE,
        POLYGON
    }

    @Inject
    transient OrganizationService organization;

    @Inject
    transient MapSettings mapSettings;

    private List<OpdRow> opds;
    private OpdRow selected;
    private List<LocationView> locations = List.of();

    private boolean editing;
    private Long locationId;
    private Shape shape = Shape.CIRCLE;
    private String name;
    private Double latitude;
    private Double longitude;
    private Double radiusM;
    private String vertices;
    private LocalDate validFrom;
    private LocalDate validUntil;

    private Long opdId;
    private String opdCode;
    private String opdName;
    private String parentCode;
    private boolean selfActivation;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        if (opds.size() >= 1) {
            select(opds.get(0));
        }
    }

    public void select(OpdRow opd) {
        selected = opd;
        editing = false;
        locations = organization.locationsOf(opd.id());
    }

    public void newCircle() {
        startEditing(null, Shape.CIRCLE);
        radiusM = 100.0;
    }

    public void newPolygon() {
        startEditing(null, Shape.POLYGON);
    }

    public void edit(LocationView location) {
        startEditing(location.id(), location.circle() ? Shape.CIRCLE : Shape.POLYGON);
        name = location.name();
        latitude = location.latitude();
        longitude = location.longitude();
        radiusM = location.radiusM();
        vertices = String.join(
                ";",
                location.vertices().stream()
                        .map(v -> v.latitude() + "," + v.longitude())
                        .toList());
        validFrom = location.validFrom();
        validUntil = location.validUntil();
    }

    private void startEditing(Long id, Shape newShape) {
        editing = true;
        locationId = id;
        shape = newShape;
        name = null;
        latitude = null;
        longitude = null;
        radiusM = null;
        vertices = null;
        validFrom = null;
        validUntil = null;
    }

    public void save() {
        if (shape == Shape.CIRCLE) {
            if (latitude == null || longitude == null || radiusM == null) {
                throw new InvalidInputException(ProblemCode.INVALID_FENCE, "place the point and give its radius");
            }
            organization.saveCircleLocation(
                    locationId,
                    selected.id(),
                    name,
                    new Coordinates(latitude, longitude),
                    radiusM,
                    validFrom,
                    validUntil);
        } else {
            organization.savePolygonLocation(locationId, selected.id(), name, parsedVertices(), validFrom, validUntil);
        }
        select(selected);
        Messages.info("location.done.saved");
    }

    public void cancel() {
        editing = false;
    }

    public void deactivate(LocationView location) {
        organization.deactivateLocation(location.id());
        select(selected);
        Messages.info("location.done.deactivated");
    }

    /** A new unit, below the OPD in view unless another parent (or none, for BKPSDMD) is picked. */
    public void newOpd() {
        opdId = null;
        opdCode = null;
        opdName = null;
        parentCode = selected == null ? null : selected.code();
        selfActivation = false;
    }

    public void editOpd(OpdRow opd) {
        opdId = opd.id();
        opdCode = opd.code();
        opdName = opd.name();
        selfActivation = opd.selfActivation();
    }

    public void saveOpd() {
        if (opdId == null) {
            organization.createOpd(opdCode, opdName, parentCode, selfActivation);
        } else {
            organization.updateOpd(opdId, opdName, selfActivation);
        }
        opds = organization.opdsInReach();
        opds.stream()
                .filter(o -> o.code().equalsIgnoreCase(opdCode))
                .findFirst()
                .ifPresent(this::select);
        Messages.info("opd.done.saved");
    }

    /** "lat,lng;lat,lng;…" as the map writes it (and an officer may type it). */
    private List<Coordinates> parsedVertices() {
        List<Coordinates> parsed = new ArrayList<>();
        if (vertices != null) {
            for (String vertex : vertices.split(";")) {
                if (vertex.isBlank()) {
                    continue;
                }
                String[] parts = vertex.split(",");
                try {
                    parsed.add(new Coordinates(
                            Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InvalidInputException(
                            ProblemCode.INVALID_FENCE, "a vertex is not latitude,longitude: " + vertex);
                }
            }
        }
        return parsed;
    }

    /** The selected OPD's locations for the map, as JSON. */
    /** The map of the OPD's fences, and of the one being edited. */
    public String getMapConfig() {
        return MapJson.config(
                "loc",
                editing,
                mapSettings,
                MapJson.fences(locations),
                Json.createArrayBuilder().build());
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public OpdRow getSelected() {
        return selected;
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public boolean isEditing() {
        return editing;
    }

    public Shape getShape() {
        return shape;
    }

    public void setShape(Shape shape) {
        this.shape = shape;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Double getRadiusM() {
        return radiusM;
    }

    public void setRadiusM(Double radiusM) {
        this.radiusM = radiusM;
    }

    public String getVertices() {
        return vertices;
    }

    public void setVertices(String vertices) {
        this.vertices = vertices;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Long getOpdId() {
        return opdId;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public String getOpdName() {
        return opdName;
    }

    public void setOpdName(String opdName) {
        this.opdName = opdName;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public boolean isSelfActivation() {
        return selfActivation;
    }

    public void setSelfActivation(boolean selfActivation) {
        this.selfActivation = selfActivation;
    }
}
