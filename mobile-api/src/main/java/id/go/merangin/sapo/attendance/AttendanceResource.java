package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Check in, break, back and check out; today's events and windows; a month day by day. */
@Path("/attendance")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    /** What the phone sends when the ASN taps. {@code photo} is a base64 JPEG selfie. */
    public record CheckInRequest(String type, Double latitude, Double longitude, Double accuracyM, Boolean mocked,
            String clientTime, String photo) {
    }

    /** The month's days. */
    public record MonthView(String month, List<DayView> days) {
    }

    @Inject
    CheckInService checkIns;

    @Inject
    AttendanceQueries queries;

    @Inject
    CurrentAsn current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@HeaderParam("Idempotency-Key") String idempotencyKey, CheckInRequest request) {
        Fields.required(request, "body");
        CheckInAttempt attempt = new CheckInAttempt(type(Fields.required(request.type(), "type")),
                new Coordinates(Fields.required(request.latitude(), "latitude"),
                        Fields.required(request.longitude(), "longitude")),
                accuracy(Fields.required(request.accuracyM(), "accuracyM")),
                Boolean.TRUE.equals(request.mocked()),
                Fields.instantOrNull(Fields.text(request.clientTime(), "clientTime", 40), "clientTime"),
                Fields.photo(request.photo()));
        CheckInOutcome outcome = checkIns.record(current.get(), attempt, idempotencyKey);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.event())
                .build();
    }

    @GET
    @Path("/today")
    public DayView today() {
        return queries.today(current.get());
    }

    @GET
    public MonthView month(@QueryParam("month") String month) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(Fields.required(month, "month"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("INVALID_MONTH", "month must be YYYY-MM", Map.of("field", "month"));
        }
        return new MonthView(yearMonth.toString(), queries.month(current.get(), yearMonth));
    }

    private static AttendanceEventType type(String value) {
        try {
            return AttendanceEventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_EVENT_TYPE", "unknown event type", Map.of("field", "type"));
        }
    }

    private static double accuracy(double accuracyM) {
        if (!Double.isFinite(accuracyM) || accuracyM < 0 || accuracyM > 100_000) {
            throw new InvalidInputException("INVALID_ACCURACY", "accuracyM must be a non-negative number",
                    Map.of("field", "accuracyM"));
        }
        return accuracyM;
    }
}
