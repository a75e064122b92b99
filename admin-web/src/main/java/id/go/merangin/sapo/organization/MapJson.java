package id.go.merangin.sapo.organization;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Office locations as the map script (location-map.js) draws them. */
public final class MapJson {

    private MapJson() {}

    public static JsonArray fences(List<LocationView> locations) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (LocationView location : locations) {
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("id", location.id())
                    .add("name", location.name())
                    .add("active", location.active());
            if (location.circle()) {
                one.add("lat", location.latitude())
                        .add("lng", location.longitude())
                        .add("r", location.radiusM());
            } else {
                JsonArrayBuilder corners = Json.createArrayBuilder();
                location.vertices()
                        .forEach(v -> corners.add(
                                Json.createArrayBuilder().add(v.latitude()).add(v.longitude())));
                one.add("polygon", corners);
            }
            all.add(one);
        }
        return all.build();
    }

    /**
     * The whole configuration of a map for location-map.js, which reads it from the map element's
     * {@code data-sapo-map} attribute: the page puts it there as an attribute value (escaped by Faces), never into
     * a script, and the script draws every name as text.
     */
    public static String config(
            String form, boolean editing, MapSettings tiles, JsonArray locations, JsonArray points) {
        return Json.createObjectBuilder()
                .add("form", form)
                .add("centre", Json.createArrayBuilder().add(-2.0834).add(102.2867))
                .add("tiles", tiles.getTileUrl())
                .add("attribution", tiles.getAttribution())
                .add("editing", editing)
                .add("locations", locations)
                .add("points", points)
                .build()
                .toString();
    }
}
