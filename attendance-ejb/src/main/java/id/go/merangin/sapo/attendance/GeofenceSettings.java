package id.go.merangin.sapo.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The geofence numbers in force, from configuration ({@code SAPO_GEOFENCE_ACCURACY_CAP_M},
 * {@code SAPO_GEOFENCE_ACCURACY_LIMIT_M}): an accuracy of at most 100 m is accepted, and widens the position by at
 * most 30 m, when unset (docs/rules.md, "Recording attendance").
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
