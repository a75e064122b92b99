package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.api.Authenticated;
import id.go.merangin.sapo.api.CurrentAsn;
import id.go.merangin.sapo.api.Fields;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.recap.MonthRecapView;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Check in, break, back and check out; today's events and windows; a month day by day. */
@Path("/attendance")
@Authenticated
@Tag(name = "attendance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    /** What the phone sends when the ASN taps. {@code photo} is a base64 JPEG selfie. */
    public record CheckInRequest(
            String type,
            Double latitude,
            Double longitude,
            Double accuracyM,
            Boolean mocked,
            String clientTime,
            String photo) {}

    /**
     * The month's days, each with its codes, the month's recap so far (counts, minutes, deduction), and whether
     * BKPSDMD has locked the month: until then the figures are provisional.
     */
    public record MonthView(String month, List<DayView> days, MonthRecapView recap, boolean locked) {}

    @Inject
    CheckInService checkIns;

    @Inject
    AttendanceQueries queries;

    @Inject
    CurrentAsn current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record CHECK_IN, BREAK_START, BREAK_END, CHECK_OUT or APEL",
            description = "The server's clock decides the time and the work date. `photo` (base64 JPEG, at most"
                    + " 200 KB) is required for CHECK_IN, CHECK_OUT and APEL. APEL attends today's apel or upacara"
                    + " (its window is in `/attendance/today`): in its window, at its place, on a holiday too. A repeat of an accepted type on the same day"
                    + " answers 200 with the first event; the same Idempotency-Key answers exactly as the first time."
                    + " Every refused attempt is kept for review; its id is `attemptId` in the problem.")
    @APIResponse(
            responseCode = "201",
            description = "Accepted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "accepted",
                                            value =
                                                    "{\"id\": 4711,"
                                                            + " \"type\": \"CHECK_IN\", \"decision\": \"ACCEPTED\", \"serverTime\": \"2026-03-02T00:41:07Z\","
                                                            + " \"workDate\": \"2026-03-02\", \"locationId\": 12, \"locationName\": \"Kantor BKPSDMD\","
                                                            + " \"distanceM\": 38.2, \"accuracyM\": 8.0, \"lateMinutes\": 11, \"tier\": \"TL1\","
                                                            + " \"timeSkew\": false, \"impossibleTravel\": false, \"photoReused\": false, \"manual\": false}")))
    @APIResponse(responseCode = "200", description = "Already recorded today: the first event")
    @APIResponse(
            responseCode = "400",
            description =
                    "Bad input: MALFORMED_JSON, MISSING_FIELD, INVALID_COORDINATES,"
                            + " INVALID_ACCURACY, INVALID_EVENT_TYPE, IDEMPOTENCY_KEY_REQUIRED, INVALID_IDEMPOTENCY_KEY, INVALID_CLIENT")
    @APIResponse(responseCode = "401", description = "TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED")
    @APIResponse(responseCode = "403", description = "ACCOUNT_LOCKED, DEVICE_NOT_BOUND, NOT_EMPLOYED")
    @APIResponse(
            responseCode = "409",
            description = "IDEMPOTENCY_KEY_REUSED; SIMULTANEOUS_ATTEMPT (rare: another"
                    + " request of the account collided with this one twice)")
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE; PHOTO_TOO_LARGE (over 200 KB)")
    @APIResponse(
            responseCode = "503",
            description = "SERVER_BUSY: the morning rush is more than the server takes at"
                    + " once; DATABASE_UNAVAILABLE: the database is out of reach. Nothing was recorded either way: try again"
                    + " with the same Idempotency-Key after Retry-After seconds (also `retryAfterS`).",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "seconds to wait before trying again",
                            schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "415", description = "PHOTO_NOT_JPEG; UNSUPPORTED_MEDIA_TYPE")
    @APIResponse(
            responseCode = "422",
            description = "Refused by the rules: OUTSIDE_GEOFENCE (distanceM, radiusM,"
                    + " accuracyM, location), LOW_ACCURACY, MOCK_LOCATION, OUTSIDE_WINDOW (opens, closes), NOT_A_WORKDAY,"
                    + " NO_APEL, ON_LEAVE, NO_LOCATION, INVALID_PHOTO",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "OUTSIDE_GEOFENCE",
                                            value = "{\"type\": \"urn:sapo:problem:OUTSIDE_GEOFENCE\","
                                                    + " \"status\": 422, \"code\": \"OUTSIDE_GEOFENCE\", \"title\": \"Absen ditolak: Anda berada 350.2 m"
                                                    + " dari Kantor BKPSDMD (radius 100.0 m, akurasi dipakai 12.0 m).\", \"detail\": \"...\","
                                                    + " \"distanceM\": 350.2, \"radiusM\": 100.0, \"accuracyM\": 12.0, \"attemptId\": 4712,"
                                                    + " \"location\": {\"id\": 12, \"name\": \"Kantor BKPSDMD\"}}")))
    public Response record(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(
                            description = "the program sending the attempt, name/version (SAPO's web app: SAPO-Web/…);"
                                    + " kept with the attempt and shown in the admin's review")
                    @HeaderParam(ClientApp.HEADER)
                    String client,
            CheckInRequest request) {
        Fields.required(request, "body");
        CheckInAttempt attempt = new CheckInAttempt(
                Fields.code(request.type(), AttendanceEventType.class, "type", ProblemCode.INVALID_EVENT_TYPE),
                new Coordinates(
                        Fields.required(request.latitude(), "latitude"),
                        Fields.required(request.longitude(), "longitude")),
                accuracy(Fields.required(request.accuracyM(), "accuracyM")),
                Boolean.TRUE.equals(request.mocked()),
                Fields.instantOrNull(Fields.text(request.clientTime(), "clientTime", 40), "clientTime"),
                Fields.photo(request.photo()),
                ClientApp.fromHeader(client).orElse(null));
        CheckInOutcome outcome = checkIns.record(current.get(), attempt, idempotencyKey);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.event())
                .build();
    }

    @GET
    @Path("/today")
    @Operation(summary = "Today's events and which windows are open now")
    public DayView today() {
        return queries.today(current.get());
    }

    @GET
    @Operation(
            summary = "A month day by day: events, late and early minutes and tiers so far",
            description = "`month` is YYYY-MM; days after today are not listed. `locked`: BKPSDMD has locked the"
                    + " month; until then its figures are provisional.")
    @APIResponse(responseCode = "200", description = "The days")
    @APIResponse(responseCode = "400", description = "INVALID_MONTH")
    public MonthView month(@QueryParam("month") String month) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(Fields.required(month, "month"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_MONTH, "month must be YYYY-MM", Map.of("field", "month"));
        }
        AttendanceQueries.Month days = queries.month(current.get(), yearMonth);
        return new MonthView(yearMonth.toString(), days.days(), days.recap(), days.locked());
    }

    private static double accuracy(double accuracyM) {
        if (!Double.isFinite(accuracyM) || accuracyM < 0 || accuracyM > 100_000) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_ACCURACY,
                    "accuracyM must be a non-negative number",
                    Map.of("field", "accuracyM"));
        }
        return accuracyM;
    }
}
