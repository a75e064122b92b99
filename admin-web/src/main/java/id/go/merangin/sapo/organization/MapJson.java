package id.go.merangin.sapo.organization;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Office locations as the map script (location-map.js) draws them. */
public final class MapJson {

    private MapJson() {
    }

    public static JsonArray fences(List<LocationView> locations) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (LocationView location : locations) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("id", location.id()).add("name", location.name())
                    .add("active", location.active());
            if (location.circle()) {
                one.add("lat", location.latitude()).add("lng", location.longitude()).add("r", location.radiusM());
            } else {
                JsonArrayBuilder corners = Json.createArrayBuilder();
                location.vertices().forEach(v -> corners.add(Json.createArrayBuilder().add(v.latitude())
                        .add(v.longitude())));
                one.add("polygon", corners);
            }
            all.add(one);
        }
        return all.build();
    }

    /** JSON for an inline script: names are typed by officers, so no "&lt;/script>" may close the script early. */
    public static String forScript(Object json) {
        return json.toString().replace("<", "\\u003c");
    }
}
