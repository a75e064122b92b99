package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** OPDs and their office locations: creating and changing them (audited), and asking which fence holds a point. */
@Stateless
public class OrganizationService {

    @Inject
    OpdRepository opds;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    GeofencePolicy geofencePolicy;

    @Inject
    AuditTrail audit;

    public long createOpd(String code, String name, String parentCode, boolean selfActivation) {
        if (opds.findByCode(code).isPresent()) {
            throw new SapoException("DUPLICATE_OPD", "An OPD with code " + code + " exists already",
                    Map.of("code", code));
        }
        Opd parent = parentCode == null ? null : opd(parentCode);
        Opd opd = new Opd(code, name, parent);
        opd.allowSelfActivation(selfActivation);
        opds.store(opd);
        audit.record("OPD_CREATED", "Opd", opd.id(), opd.toString());
        return opd.id();
    }

    public long addCircleLocation(String opdCode, String name, Coordinates centre, double radiusM,
            LocalDate validFrom, LocalDate validUntil) {
        OfficeLocation location = OfficeLocation.circle(opd(opdCode), name, centre, radiusM);
        location.limitTo(validFrom, validUntil);
        locations.store(location);
        audit.record("LOCATION_CREATED", "OfficeLocation", location.id(),
                name + ": circle " + centre + " r=" + radiusM + " m");
        return location.id();
    }

    public long addPolygonLocation(String opdCode, String name, List<Coordinates> vertices, LocalDate validFrom,
            LocalDate validUntil) {
        OfficeLocation location = OfficeLocation.polygon(opd(opdCode), name, vertices);
        location.limitTo(validFrom, validUntil);
        locations.store(location);
        audit.record("LOCATION_CREATED", "OfficeLocation", location.id(),
                name + ": polygon of " + vertices.size() + " vertices");
        return location.id();
    }

    /**
     * The usable locations of the OPD whose fence holds {@code position} once widened by the reported accuracy up
     * to the policy's cap, as PostGIS measures it.
     */
    public List<OfficeLocationSummary> locationsContaining(String opdCode, Coordinates position, double accuracyM,
            LocalDate date) {
        double slack = geofencePolicy.wideningFor(accuracyM);
        return locations.containing(opd(opdCode), position, slack, date).stream()
                .map(OfficeLocationSummary::of)
                .toList();
    }

    public List<OfficeLocationSummary> locationsOf(String opdCode, LocalDate date) {
        return locations.usableBy(opd(opdCode), date).stream().map(OfficeLocationSummary::of).toList();
    }

    private Opd opd(String code) {
        return opds.findByCode(code)
                .orElseThrow(() -> new SapoException("UNKNOWN_OPD", "No OPD with code " + code, Map.of("code", code)));
    }
}
