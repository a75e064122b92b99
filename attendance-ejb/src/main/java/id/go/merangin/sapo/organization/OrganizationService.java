package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * OPDs and their office locations: creating and changing them (audited), and asking which fence holds a point.
 * Changes are for BKPSDMD (any OPD; a new top-level OPD is BKPSDMD's alone) and for the admin OPD of the OPD or a
 * unit above it; every change goes to the audit log.
 */
@Stateless
public class OrganizationService {

    @Inject
    OpdRepository opds;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    AuditTrail audit;

    @Inject
    OfficerScope scope;

    /** A new OPD, or a sub-unit (Puskesmas, school, bidang) below {@code parentCode}. */
    public long createOpd(String code, String name, String parentCode, boolean selfActivation) {
        Officer officer = scope.current();
        Opd parent = parentCode == null || parentCode.isBlank() ? null : opd(parentCode);
        if (parent == null) {
            officer.requireBkpsdmd();
        } else {
            officer.requireManage(parent);
        }
        String checkedCode = Opd.validCode(code)
                .orElseThrow(() -> new InvalidInputException(
                        ProblemCode.INVALID_OPD_CODE,
                        "an OPD code has 2 to 40 of A-Z, 0-9 and dashes",
                        Map.of("field", "code")));
        if (opds.findByCode(checkedCode).isPresent()) {
            throw new ConflictException(
                    ProblemCode.DUPLICATE_OPD,
                    "An OPD with code " + checkedCode + " exists already",
                    Map.of("code", checkedCode));
        }
        Opd opd = new Opd(checkedCode, FreeText.of(name, "name", 200).strip(), parent);
        opd.allowSelfActivation(selfActivation);
        opds.store(opd);
        audit.record(
                "OPD_CREATED",
                "Opd",
                opd.id(),
                AuditDetail.of("code", opd.code()).and("name", opd.name()).and("selfActivation", selfActivation));
        return opd.id();
    }

    /** Renames an OPD and sets whether its ASN's registrations are active at once. */
    public void updateOpd(long opdId, String name, boolean selfActivation) {
        Opd opd = opd(opdId);
        scope.current().requireManage(opd);
        opd.rename(FreeText.of(name, "name", 200).strip());
        opd.allowSelfActivation(selfActivation);
        audit.record(
                "OPD_CHANGED",
                "Opd",
                opdId,
                AuditDetail.of("code", opd.code()).and("name", opd.name()).and("selfActivation", selfActivation));
    }

    /** The OPDs in the caller's reach, parents before their sub-units' codes as the codes sort. */
    public List<OpdRow> opdsInReach() {
        Officer officer = scope.current();
        return opds.findAll().stream().filter(officer::canSee).map(OpdRow::of).toList();
    }

    /** Every location of an OPD in the caller's reach, for the map. */
    public List<LocationView> locationsOf(long opdId) {
        Opd opd = opd(opdId);
        scope.current().requireSee(opd);
        return locations.allOf(opd).stream().map(LocationView::of).toList();
    }

    public long addCircleLocation(
            String opdCode,
            String name,
            Coordinates centre,
            double radiusM,
            LocalDate validFrom,
            LocalDate validUntil) {
        return saveCircleLocation(null, opd(opdCode).id(), name, centre, radiusM, validFrom, validUntil);
    }

    public long addPolygonLocation(
            String opdCode, String name, List<Coordinates> vertices, LocalDate validFrom, LocalDate validUntil) {
        return savePolygonLocation(null, opd(opdCode).id(), name, vertices, validFrom, validUntil);
    }

    /** Creates ({@code locationId} null) or reshapes a circular location: a point and the radius around it. */
    public long saveCircleLocation(
            Long locationId,
            long opdId,
            String name,
            Coordinates centre,
            double radiusM,
            LocalDate validFrom,
            LocalDate validUntil) {
        OfficeLocation location = located(locationId, opdId, name, new CircleFence(centre, radiusM));
        location.reshapeToCircle(centre, radiusM);
        return dated(
                location,
                validFrom,
                validUntil,
                AuditDetail.of("shape", "CIRCLE")
                        .and("latitude", centre.latitude())
                        .and("longitude", centre.longitude())
                        .and("radiusM", Math.round(radiusM)));
    }

    /** Creates ({@code locationId} null) or reshapes a polygonal location through {@code vertices}. */
    public long savePolygonLocation(
            Long locationId,
            long opdId,
            String name,
            List<Coordinates> vertices,
            LocalDate validFrom,
            LocalDate validUntil) {
        OfficeLocation location = located(locationId, opdId, name, new PolygonFence(vertices));
        location.reshapeToPolygon(vertices);
        return dated(
                location,
                validFrom,
                validUntil,
                AuditDetail.of("shape", "POLYGON").and("vertices", vertices.size()));
    }

    /** Takes a location out of use; its past check-ins keep pointing to it. */
    public void deactivateLocation(long locationId) {
        OfficeLocation location = locations
                .find(locationId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no office location " + locationId));
        scope.current().requireManage(location.opd());
        location.deactivate();
        audit.record("LOCATION_DEACTIVATED", "OfficeLocation", locationId, AuditDetail.of("location", location.name()));
    }

    /** The location to save: a new one of the OPD, or the existing one, renamed; the caller must manage the OPD. */
    private OfficeLocation located(Long locationId, long opdId, String name, Fence shape) {
        String checkedName = FreeText.of(name, "name", 200).strip();
        if (locationId == null) {
            Opd opd = opd(opdId);
            scope.current().requireManage(opd);
            return shape instanceof CircleFence circle
                    ? OfficeLocation.circle(opd, checkedName, circle.centre(), circle.radiusM())
                    : OfficeLocation.polygon(opd, checkedName, ((PolygonFence) shape).vertices());
        }
        OfficeLocation location = locations
                .find(locationId)
                .filter(found -> found.opd().id() == opdId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no office location " + locationId));
        scope.current().requireManage(location.opd());
        location.rename(checkedName);
        return location;
    }

    private long dated(OfficeLocation location, LocalDate validFrom, LocalDate validUntil, AuditDetail shape) {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DATES,
                    "valid until " + validUntil + " is before " + validFrom,
                    Map.of("field", "validUntil"));
        }
        boolean created = location.id() == null;
        location.limitTo(validFrom, validUntil);
        locations.store(location);
        audit.record(
                created ? "LOCATION_CREATED" : "LOCATION_CHANGED",
                "OfficeLocation",
                location.id(),
                AuditDetail.of("location", location.name())
                        .and(shape)
                        .and("validFrom", validFrom)
                        .and("validUntil", validUntil));
        return location.id();
    }

    public List<OfficeLocationSummary> locationsOf(String opdCode, LocalDate date) {
        return locations.usableBy(opd(opdCode), date).stream()
                .map(OfficeLocationSummary::of)
                .toList();
    }

    private Opd opd(long id) {
        return opds.find(id).orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "No OPD " + id));
    }

    private Opd opd(String code) {
        return opds.findByCode(code)
                .orElseThrow(() -> new NotFoundException(
                        ProblemCode.UNKNOWN_OPD, "No OPD with code " + code, Map.of("code", code)));
    }
}
