package id.go.merangin.sapo.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * An office location as the map draws it: a circle (centre and radius) or a polygon (its vertices, each once), with
 * its dates and whether it is in use. For a circle {@code vertices} is empty; for a polygon the centre and radius
 * are null.
 */
public record LocationView(
        long id,
        long opdId,
        String name,
        Double latitude,
        Double longitude,
        Double radiusM,
        List<Coordinates> vertices,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean active) {

    public boolean circle() {
        return radiusM != null;
    }

    static LocationView of(OfficeLocation location) {
        Fence fence = location.toFence();
        if (fence instanceof CircleFence circle) {
            return new LocationView(
                    location.id(),
                    location.opd().id(),
                    location.name(),
                    circle.centre().latitude(),
                    circle.centre().longitude(),
                    circle.radiusM(),
                    List.of(),
                    location.validFrom().orElse(null),
                    location.validUntil().orElse(null),
                    location.isActive());
        }
        return new LocationView(
                location.id(),
                location.opd().id(),
                location.name(),
                null,
                null,
                null,
                ((PolygonFence) fence).vertices(),
                location.validFrom().orElse(null),
                location.validUntil().orElse(null),
                location.isActive());
    }
}
