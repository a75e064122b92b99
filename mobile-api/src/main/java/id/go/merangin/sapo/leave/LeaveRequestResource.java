package id.go.merangin.sapo.leave;

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

/** The ASN's leave requests: submit one, list them, read one. Only the ASN's own are ever found. */
@Path("/leave-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave", description = "Izin, sakit, cuti, dinas luar and the like")
@SecurityRequirement(name = "bearer")
public class LeaveRequestResource {

    /**
     * What the app sends: a {@link LeaveType} code, ISO dates ({@code yyyy-MM-dd}, both inclusive), for a part-day
     * permit the time ({@code HH:mm}: arriving until then, or leaving from then on), the reason, and optionally a
     * base64 PDF or JPEG letter.
     */
    public record LeaveRequestBody(
            String type, String startDate, String endDate, String permitTime, String reason, String attachment) {}

    @Inject
    LeaveService leaves;

    @Inject
    CurrentAsn current;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Request leave for a range of days",
            description =
                    "type: IZIN, SAKIT, CUTI_TAHUNAN, CUTI_BESAR, CUTI_SAKIT, CUTI_MELAHIRKAN, CUTI_ALASAN_PENTING,"
                            + " CUTI_DILUAR_TANGGUNGAN_NEGARA, DINAS_LUAR, TUGAS_KEDINASAN, DIKLAT, TUGAS_BELAJAR, WFA, and the"
                            + " part-day permits IZIN_DATANG_TERLAMBAT (arriving until permitTime is excused) and"
                            + " IZIN_PULANG_CEPAT (leaving from permitTime on is excused), for one day, with permitTime HH:mm."
                            + " attachment: base64 PDF or JPEG, at most 1 MB. A retry with the same Idempotency-Key answers"
                            + " with the first request. The request is PENDING until the admin OPD or pimpinan decides.")
    @APIResponse(responseCode = "201", description = "Requested, PENDING")
    @APIResponse(
            responseCode = "400",
            description = "INVALID_LEAVE_TYPE, INVALID_DATES, INVALID_PERMIT," + " INVALID_FIELD, MISSING_FIELD")
    @APIResponse(responseCode = "409", description = "LEAVE_OVERLAPS")
    @APIResponse(responseCode = "413", description = "ATTACHMENT_TOO_LARGE (over 1 MB)")
    @APIResponse(responseCode = "415", description = "ATTACHMENT_UNSUPPORTED_TYPE (neither PDF nor JPEG)")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, LeaveRequestBody body) {
        Fields.required(body, "body");
        LeaveRequestView view = leaves.submit(
                current.get(),
                Fields.code(body.type(), LeaveType.class, "type", ProblemCode.INVALID_LEAVE_TYPE),
                Fields.date(body.startDate(), "startDate"),
                Fields.date(body.endDate(), "endDate"),
                Fields.timeOrNull(body.permitTime(), "permitTime"),
                Fields.required(body.reason(), "reason"),
                Fields.attachment(body.attachment()),
                idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(summary = "The ASN's own requests, latest dates first, with their state and decision note")
    public List<LeaveRequestView> mine() {
        return leaves.mine(current.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the ASN's own requests")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for another ASN's request")
    public LeaveRequestView get(@PathParam("id") long id) {
        return leaves.get(current.get(), id);
    }
}
