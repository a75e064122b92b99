package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.organization.Fence;
import java.util.Objects;

/**
 * An office location an ASN may record attendance at today, reduced to what the geofence rule needs and what the
 * answer names: its id, its name and its shape.
 */
public record CandidateFence(long locationId, String name, Fence fence) {

    public CandidateFence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fence, "fence");
    }
}
