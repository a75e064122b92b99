package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASN's problem reports: report one, list them, read one with the admins' answers. Only their own are found. */
@Path("/problem-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "problem-reports", description = "Lapor kendala: problems reported to the admin OPD")
@SecurityRequirement(name = "bearer")
public class ProblemReportResource {

    /**
     * What the app sends: a {@link ProblemCategory} code, the ASN's message, and optionally the {@code attemptId}
     * that a refused attendance attempt answered with.
     */
    public record ProblemReportBody(String category, String message, Long attemptId) {}

    @Inject
    ProblemReportService reports;

    @Inject
    CurrentAsn current;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a problem to the admin OPD, optionally about a refused attempt",
            description = "category: LOKASI_GPS, APLIKASI, PERANGKAT, JADWAL, LAINNYA. attemptId: the `attemptId` of"
                    + " a refusal of this ASN. A retry with the same Idempotency-Key answers with the first report.")
    @APIResponse(responseCode = "201", description = "Reported, OPEN")
    @APIResponse(responseCode = "400", description = "INVALID_PROBLEM_CATEGORY, INVALID_FIELD, MISSING_FIELD")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no refused attempt of this ASN with that id")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, ProblemReportBody body) {
        Fields.required(body, "body");
        ProblemReportView view = reports.submit(
                current.get(),
                Fields.code(body.category(), ProblemCategory.class, "category", ProblemCode.INVALID_PROBLEM_CATEGORY),
                Fields.required(body.message(), "message"),
                body.attemptId(),
                idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(summary = "The ASN's own reports, newest first, with the admin's replies")
    public List<ProblemReportView> mine() {
        return reports.mine(current.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the ASN's own reports with the admin's replies")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for another ASN's report")
    public ProblemReportView get(@PathParam("id") long id) {
        return reports.get(current.get(), id);
    }
}
