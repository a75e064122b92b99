package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Fields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Asking to move the account to a new phone. The new phone has no token, so the ASN proves who they are with NIP
 * (or email) and password in the request.
 */
@Path("/devices")
@Tag(name = "auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    public record RebindRequestBody(
            String nip, String email, String password, String deviceId, String deviceModel, String reason) {}

    @Inject
    AccountService accounts;

    @POST
    @Path("/rebind-requests")
    @Operation(
            summary = "Ask the admin OPD to move the account to this new phone",
            description = "Proven with NIP or email and password, since the new phone has no token.")
    @APIResponse(responseCode = "201", description = "Requested; PENDING until the admin decides")
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS")
    public Response requestRebind(RebindRequestBody body) {
        Fields.required(body, "body");
        String login = body.nip() != null ? body.nip() : Fields.required(body.email(), "nip");
        long id = accounts.requestRebind(
                Fields.text(login, "nip", 254),
                Fields.text(Fields.required(body.password(), "password"), "password", 128)
                        .toCharArray(),
                Fields.required(body.deviceId(), "deviceId"),
                Fields.text(body.deviceModel(), "deviceModel", 200),
                body.reason());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", id, "status", "PENDING"))
                .build();
    }
}
