package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.api.WhilePasswordMustChange;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registering, logging in and out from the phone, and a forgotten password. */
@Path("/auth")
@Tag(name = "auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The registration form of the app. */
    public record RegisterRequest(
            String nip,
            String birthDate,
            String activationCode,
            String email,
            String password,
            String deviceId,
            String deviceModel,
            String photo) {}

    /** Log in with {@code nip} or {@code email}. */
    public record LoginRequest(String nip, String email, String password, String deviceId) {}

    /** {@code mustChangePassword}: the admin OPD set the password; the app asks for a new one before anything else. */
    public record TokenResponse(String token, String tokenType, Instant expiresAt, boolean mustChangePassword) {}

    /** Asks for a reset code, with the account's email (or NIP). */
    public record ResetRequest(String email) {}

    /** Sets a new password with the mailed code. */
    public record ResetConfirmation(String email, String code, String newPassword) {}

    /** The same answer to every reset request, whether an account has that email or not. */
    public record ResetRequested(String message) {}

    @Inject
    AccountService accounts;

    @Inject
    PasswordRecovery recovery;

    @Inject
    CurrentAsn current;

    @POST
    @Path("/register")
    @Operation(
            summary = "Register an ASN from the phone",
            description = "NIP and birth date must match a master record without an account, proven with the"
                    + " one-time activation code the admin OPD gave the ASN; the phone is bound. The account is"
                    + " PENDING until the admin OPD verifies it, or ACTIVE where the OPD allows self-activation.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "pending",
                                            value = "{\"accountId\":"
                                                    + " 301, \"nip\": \"199609272021011003\", \"name\": \"Rahmat Hidayat, S.Kom.\", \"opdName\":"
                                                    + " \"Dinas Kesehatan\", \"status\": \"PENDING\"}")))
    @APIResponse(responseCode = "400", description = "INVALID_NIP, INVALID_EMAIL, WEAK_PASSWORD, MISSING_FIELD")
    @APIResponse(responseCode = "409", description = "ALREADY_REGISTERED, EMAIL_IN_USE, DEVICE_IN_USE")
    @APIResponse(responseCode = "422", description = "NOT_IN_MASTER_DATA, ACTIVATION_CODE_INVALID, INVALID_PHOTO")
    @APIResponse(responseCode = "413", description = "PHOTO_TOO_LARGE; PAYLOAD_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "PHOTO_NOT_JPEG; UNSUPPORTED_MEDIA_TYPE")
    public Response register(RegisterRequest request) {
        Fields.required(request, "body");
        RegistrationResult result = accounts.register(new Registration(
                Fields.required(request.nip(), "nip").strip(),
                Fields.date(request.birthDate(), "birthDate"),
                Fields.text(Fields.required(request.activationCode(), "activationCode"), "activationCode", 20),
                Fields.text(Fields.required(request.email(), "email"), "email", 254),
                Fields.text(Fields.required(request.password(), "password"), "password", 128)
                        .toCharArray(),
                Fields.required(request.deviceId(), "deviceId"),
                Fields.text(request.deviceModel(), "deviceModel", 200),
                Fields.photo(Fields.required(request.photo(), "photo"))));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Log in with NIP or email, password and the phone's device id")
    @APIResponse(
            responseCode = "200",
            description = "A bearer token",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "token",
                                            value =
                                                    "{\"token\":"
                                                            + " \"q2V0...\", \"tokenType\": \"Bearer\", \"expiresAt\": \"2026-04-01T00:41:07Z\"}")))
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS")
    @APIResponse(
            responseCode = "403",
            description = "DEVICE_NOT_BOUND, ACCOUNT_PENDING, ACCOUNT_LOCKED,"
                    + " ACCOUNT_LOCKED_OUT (after five wrong passwords, for 15 minutes)")
    public TokenResponse login(LoginRequest request) {
        Fields.required(request, "body");
        String login = request.nip() != null ? request.nip() : Fields.required(request.email(), "nip");
        LoginResult result = accounts.login(
                Fields.text(login, "nip", 254),
                Fields.text(Fields.required(request.password(), "password"), "password", 128)
                        .toCharArray(),
                Fields.required(request.deviceId(), "deviceId"));
        return new TokenResponse(result.token(), "Bearer", result.expiresAt(), result.mustChangePassword());
    }

    @POST
    @Path("/password-reset")
    @Operation(
            summary = "Ask for a code to set a new password, mailed to the account's confirmed email",
            description = "Answered 202 with the same body whether an account has this email (or NIP) or not, and in"
                    + " about the same time (the mail leaves afterwards). The code is valid for 30 minutes and used"
                    + " once; an account whose email is not confirmed, or that asked three times in the last hour,"
                    + " gets no mail. Too many requests from one address in an hour are refused.")
    @APIResponse(
            responseCode = "202",
            description = "Asked: look in the mailbox",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "asked",
                                            value =
                                                    "{\"message\":"
                                                            + " \"If an account has this email, a code has been sent to it.\"}")))
    @APIResponse(responseCode = "400", description = "INVALID_LOGIN, INVALID_EMAIL, MISSING_FIELD")
    @APIResponse(responseCode = "429", description = "TOO_MANY_CODE_REQUESTS (Retry-After)")
    public Response requestReset(ResetRequest request) {
        Fields.required(request, "body");
        recovery.request(Fields.text(Fields.required(request.email(), "email"), "email", 254));
        return Response.accepted(new ResetRequested("If an account has this email, a code has been sent to it."))
                .build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(
            summary = "Set a new password with the mailed code",
            description = "Every token of the account stops working (log in again); the bound phone stays bound.")
    @APIResponse(responseCode = "204", description = "The new password is set")
    @APIResponse(responseCode = "400", description = "WEAK_PASSWORD, INVALID_LOGIN, MISSING_FIELD")
    @APIResponse(responseCode = "403", description = "ACCOUNT_LOCKED: the admin OPD locked the account")
    @APIResponse(
            responseCode = "422",
            description = "CODE_INVALID: wrong, used, replaced or expired code (five" + " wrong tries spend it)")
    public Response confirmReset(ResetConfirmation request) {
        Fields.required(request, "body");
        recovery.reset(
                Fields.text(Fields.required(request.email(), "email"), "email", 254),
                Fields.text(Fields.required(request.code(), "code"), "code", 20),
                Fields.text(Fields.required(request.newPassword(), "newPassword"), "newPassword", 128)
                        .toCharArray());
        return Response.noContent().build();
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Revoke the token of this request")
    @APIResponse(responseCode = "204", description = "Logged out")
    @Authenticated
    @WhilePasswordMustChange
    public Response logout() {
        accounts.logout(current.get());
        return Response.noContent().build();
    }
}
