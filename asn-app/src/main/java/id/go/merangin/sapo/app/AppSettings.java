package id.go.merangin.sapo.app;

import jakarta.json.Json;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the app needs to know of the installation: where the map's background tiles come from
 * ({@code SAPO_MAP_TILE_URL}, the same setting as the admin screens' maps; {@code none} for no tiles, e.g. where
 * the phones cannot reach any tile server) and their attribution. Without tiles the home screen's map still shows
 * the office fences and the position.
 */
record AppSettings(String tileUrl, String attribution) {

    static AppSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        String tiles = config.getOptionalValue("sapo.map.tile-url", String.class)
                .orElse("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        return new AppSettings(
                "none".equalsIgnoreCase(tiles.strip()) ? "" : tiles,
                config.getOptionalValue("sapo.map.attribution", String.class).orElse("© OpenStreetMap"));
    }

    String toJson() {
        return Json.createObjectBuilder()
                .add("tileUrl", tileUrl)
                .add("attribution", attribution)
                .build()
                .toString();
    }
}
