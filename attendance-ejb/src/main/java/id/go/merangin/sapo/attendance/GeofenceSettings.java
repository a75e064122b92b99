package id.go.merangin.sapo.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The geofence numbers in force, from configuration ({@code SAPO_GEOFENCE_ACCURACY_CAP_M},
 * {@code SAPO_GEOFENCE_ACCURACY_LIMIT_M}); DESIGN.md's defaults when unset.
 */
@ApplicationScoped
public class GeofenceSettings {

    @Inject
    @ConfigProperty(name = "sapo.geofence.accuracy-cap-m", defaultValue = "30")
    double accuracyCapM;

    @Inject
    @ConfigProperty(name = "sapo.geofence.accuracy-limit-m", defaultValue = "100")
    double accuracyLimitM;

    @Produces
    GeofencePolicy policy() {
        return new GeofencePolicy(accuracyCapM, accuracyLimitM);
    }
}
