package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** Registering, logging in and out from the phone. */
@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The registration form of the app. */
    public record RegisterRequest(String nip, String birthDate, String email, String password, String deviceId,
            String deviceModel, String photo) {
    }

    /** Log in with {@code nip} or {@code email}. */
    public record LoginRequest(String nip, String email, String password, String deviceId) {
    }

    public record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentAsn current;

    @POST
    @Path("/register")
    public Response register(RegisterRequest request) {
        Fields.required(request, "body");
        RegistrationResult result = accounts.register(new Registration(
                Fields.required(request.nip(), "nip").strip(),
                Fields.date(request.birthDate(), "birthDate"),
                Fields.text(Fields.required(request.email(), "email"), "email", 254),
                Fields.text(Fields.required(request.password(), "password"), "password", 128).toCharArray(),
                Fields.required(request.deviceId(), "deviceId"),
                Fields.text(request.deviceModel(), "deviceModel", 200),
                Fields.photo(Fields.required(request.photo(), "photo"))));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @POST
    @Path("/login")
    public TokenResponse login(LoginRequest request) {
        Fields.required(request, "body");
        String login = request.nip() != null ? request.nip() : Fields.required(request.email(), "nip");
        LoginResult result = accounts.login(Fields.text(login, "nip", 254),
                Fields.text(Fields.required(request.password(), "password"), "password", 128).toCharArray(),
                Fields.required(request.deviceId(), "deviceId"));
        return new TokenResponse(result.token(), "Bearer", result.expiresAt());
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logout() {
        accounts.logout(current.get());
        return Response.noContent().build();
    }
}
