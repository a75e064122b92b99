package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASN's own profile, OPD, today's windows and office locations. */
@Path("/me")
@Authenticated
@Tag(name = "profile")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentAsn current;

    @GET
    @Operation(summary = "Profile, OPD, today's schedule and windows, and the office locations (circle or polygon)")
    public ProfileView me() {
        return profiles.me(current.get());
    }
}
