package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.api.WhilePasswordMustChange;
import id.go.merangin.sapo.files.FileAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASN's own profile, OPD, today's windows and office locations; their password and email. */
@Path("/me")
@Authenticated
@Tag(name = "profile")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    AccountService accounts;

    @Inject
    EmailVerification verification;

    @Inject
    CurrentAsn current;

    /** The current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    /** The code from the verification mail. */
    public record EmailCode(String code) {}

    @GET
    @WhilePasswordMustChange
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

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @WhilePasswordMustChange
    @Operation(
            summary = "Change the password",
            description = "The current password is checked (a wrong one counts towards the lockout, like a login);"
                    + " the new one keeps the registration's rules. Every other token of the account stops working;"
                    + " this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(
            responseCode = "400",
            description = "CURRENT_PASSWORD_WRONG, WEAK_PASSWORD, SAME_PASSWORD," + " MISSING_FIELD")
    @APIResponse(responseCode = "403", description = "ACCOUNT_LOCKED_OUT")
    public Response changePassword(PasswordChange change) {
        Fields.required(change, "body");
        accounts.changePassword(
                current.get(),
                Fields.text(Fields.required(change.currentPassword(), "currentPassword"), "currentPassword", 128)
                        .toCharArray(),
                Fields.text(Fields.required(change.newPassword(), "newPassword"), "newPassword", 128)
                        .toCharArray());
        return Response.noContent().build();
    }

    @POST
    @Path("/email/verification")
    @Operation(
            summary = "Mail a new code to confirm the account's email",
            description = "Only a confirmed email recovers a forgotten password. A code is also mailed at"
                    + " registration. At most three codes an hour.")
    @APIResponse(responseCode = "202", description = "Sent (unless three were sent in the last hour)")
    @APIResponse(responseCode = "409", description = "EMAIL_VERIFIED_ALREADY")
    @APIResponse(responseCode = "429", description = "TOO_MANY_CODE_REQUESTS (Retry-After)")
    public Response sendVerification() {
        verification.send(current.get().accountId());
        return Response.accepted().build();
    }

    @POST
    @Path("/email/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the account's email with the mailed code")
    @APIResponse(responseCode = "204", description = "Confirmed")
    @APIResponse(responseCode = "400", description = "INVALID_CODE, MISSING_FIELD")
    @APIResponse(responseCode = "409", description = "EMAIL_VERIFIED_ALREADY")
    @APIResponse(responseCode = "422", description = "CODE_INVALID: wrong, used, replaced or expired code")
    public Response verifyEmail(EmailCode code) {
        Fields.required(code, "body");
        verification.verify(current.get().accountId(), Fields.text(Fields.required(code.code(), "code"), "code", 20));
        return Response.noContent().build();
    }
}
