package id.go.merangin.sapo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map's background tiles come from: configuration ({@code SAPO_MAP_TILE_URL}, e.g. the regency's own tile
 * server), OpenStreetMap by default. Without tiles (no internet in the office) the map still shows and edits the
 * fences on a plain background.
 */
@Named
@ApplicationScoped
public class MapSettings {

    @Inject
    @ConfigProperty(name = "sapo.map.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    @Inject
    @ConfigProperty(name = "sapo.map.attribution", defaultValue = "© OpenStreetMap")
    String attribution;

    public String getTileUrl() {
        return tileUrl;
    }

    public String getAttribution() {
        return attribution;
    }
}
