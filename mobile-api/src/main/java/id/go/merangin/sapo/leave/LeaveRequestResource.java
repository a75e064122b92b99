package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ASN's leave requests: submit one, list them, read one. Only the ASN's own are ever found. */
@Path("/leave-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeaveRequestResource {

    /**
     * What the app sends: a {@link LeaveType} code, ISO dates ({@code yyyy-MM-dd}, both inclusive), the reason, and
     * optionally a base64 PDF or JPEG letter.
     */
    public record LeaveRequestBody(String type, String startDate, String endDate, String reason,
            String attachment) {
    }

    @Inject
    LeaveService leaves;

    @Inject
    CurrentAsn current;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(LeaveRequestBody body) {
        Fields.required(body, "body");
        LeaveRequestView view = leaves.submit(current.get(), type(Fields.required(body.type(), "type")),
                Fields.date(body.startDate(), "startDate"), Fields.date(body.endDate(), "endDate"),
                Fields.required(body.reason(), "reason"), Fields.attachment(body.attachment()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view)
                .build();
    }

    @GET
    public List<LeaveRequestView> mine() {
        return leaves.mine(current.get());
    }

    @GET
    @Path("/{id}")
    public LeaveRequestView get(@PathParam("id") long id) {
        return leaves.get(current.get(), id);
    }

    private static LeaveType type(String value) {
        try {
            return LeaveType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_LEAVE_TYPE", "unknown leave type", Map.of("field", "type"));
        }
    }
}
