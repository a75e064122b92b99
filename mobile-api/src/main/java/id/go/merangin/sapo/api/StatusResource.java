package id.go.merangin.sapo.api;

import id.go.merangin.sapo.platform.ApplicationVersion;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Lets the phone app tell "the server is unreachable" from "the server refused me", and which version answers. */
@Path("/status")
public class StatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> status() {
        return Map.of("service", "SAPO", "version", ApplicationVersion.current());
    }
}
