package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.files.FileAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @GET
    @Path("/photo")
    @Produces("image/jpeg")
    @Operation(summary = "The photo the ASN registered with (for the app's profile screen)")
    @APIResponse(responseCode = "200", description = "The JPEG; private, never kept by a shared cache")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no registration photo")
    public Response photo() {
        FileAccess.Content photo = profiles.photo(current.get());
        return Response.ok(photo.bytes(), photo.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
