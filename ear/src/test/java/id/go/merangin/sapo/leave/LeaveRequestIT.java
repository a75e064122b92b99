package id.go.merangin.sapo.leave;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An ASN asks for leave from the phone ({@code /api/v1/leave-requests}), with a letter where one is needed, sees
 * the admin's decision, and never sees another ASN's requests. Bad requests get a 4xx problem and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LeaveRequestIT {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(LeaveRequestIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    LeaveService leaves;

    @Inject
    LeaveReview review;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    @Inject
    Clock clock;

    private MobileFixture fixture;
    private MobileFixture.Asn asn;
    private ApiClient phone;

    @BeforeEach
    void registeredAsn() {
        fixture = new MobileFixture(organization, employees, schedules);
        asn = fixture.registeredAsn();
        phone = asn.phone();
    }

    private static JsonObjectBuilder request(String type, String start, String end, String reason) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("startDate", start)
                .add("endDate", end)
                .add("reason", reason);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A PDF of exactly {@code size} bytes: the header, filler, and the end-of-file marker. */
    private static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n% Surat Keterangan Dokter\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 600, 800);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void answersARetryWithTheSameIdempotencyKeyWithTheFirstRequest() {
        ApiClient retrying = phone.with("Idempotency-Key", "cuti-" + java.util.UUID.randomUUID());
        JsonObject body = request("IZIN", "2026-03-09", "2026-03-09", "Mengantar orang tua berobat")
                .build();

        ApiClient.Answer first = retrying.post("/leave-requests", body);
        ApiClient.Answer retry = retrying.post("/leave-requests", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(phone.get("/leave-requests").body()).containsOnlyOnce("Mengantar orang tua berobat");
    }

    private ApiClient.Answer submit(JsonObjectBuilder body) {
        ApiClient.Answer answer = phone.post("/leave-requests", body.build());
        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        return answer;
    }

    private long submitted(JsonObjectBuilder body) {
        ApiClient.Answer answer = submit(body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    private void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.code()).isEqualTo(code);
    }

    private static JsonArray list(ApiClient client) {
        ApiClient.Answer answer = client.get("/leave-requests");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static List<Long> ids(JsonArray requests) {
        return requests.getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue())
                .toList();
    }

    /** The attachment as the database keeps it: purpose, content type and size. */
    private String storedAttachmentOf(long requestId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select f.purpose, f.content_type,"
                        + " f.size_bytes from leave_request r join stored_file f on f.id = r.attachment_id"
                        + " where r.id = ?")) {
            query.setLong(1, requestId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) + " " + row.getString(2) + " " + row.getInt(3) : null;
            }
        }
    }

    private void assertNothingStored() {
        assertThat(list(phone)).isEmpty();
    }

    @Test
    void refusesAPartDayPermitWithoutItsTimeOrOverMoreThanOneDayAndATimeOnWholeDays() {
        assertProblem(
                submit(request("IZIN_DATANG_TERLAMBAT", "2026-03-10", "2026-03-10", "Antre di rumah sakit")),
                400,
                "INVALID_PERMIT");
        assertProblem(
                submit(request("IZIN_PULANG_CEPAT", "2026-03-10", "2026-03-11", "Menjemput anak")
                        .add("permitTime", "14:00")),
                400,
                "INVALID_PERMIT");
        assertProblem(
                submit(request("IZIN", "2026-03-10", "2026-03-10", "Urusan keluarga")
                        .add("permitTime", "14:00")),
                400,
                "INVALID_PERMIT");
        assertProblem(
                submit(request("IZIN_PULANG_CEPAT", "2026-03-10", "2026-03-10", "Menjemput anak")
                        .add("permitTime", "2 siang")),
                400,
                "INVALID_FIELD");
        assertNothingStored();
    }

    @Test
    void aPermitToArriveLateAndOneToLeaveEarlyShareADayAndReadBackWithTheirTimes() {
        long arrival = submitted(request("IZIN_DATANG_TERLAMBAT", "2026-03-10", "2026-03-10", "Antre di rumah sakit")
                .add("permitTime", "09:30"));
        long leaving = submitted(request("IZIN_PULANG_CEPAT", "2026-03-10", "2026-03-10", "Menjemput anak")
                .add("permitTime", "14:00"));

        JsonObject first = phone.get("/leave-requests/" + arrival).json();
        assertThat(first.getString("type")).isEqualTo("IZIN_DATANG_TERLAMBAT");
        assertThat(first.getString("permitTime")).isEqualTo("09:30");
        assertThat(phone.get("/leave-requests/" + leaving).json().getString("permitTime"))
                .isEqualTo("14:00");
        assertProblem(
                submit(request("IZIN_PULANG_CEPAT", "2026-03-10", "2026-03-10", "Lagi")
                        .add("permitTime", "15:00")),
                409,
                "LEAVE_OVERLAPS");
        assertProblem(submit(request("IZIN", "2026-03-10", "2026-03-10", "Seharian")), 409, "LEAVE_OVERLAPS");
    }

    @Test
    void anApprovedPermitExcusesTheMinutesOfACheckInMadeBeforeIt() throws SQLException {
        // a personal week from 06:00, so that checking in now is well over an hour late whatever the test clock says
        bkpsdmd.run(() -> schedules.defineForEmployee(
                asn.employeeId(),
                "Uji pagi",
                MobileFixture.everyDay(
                        LocalTime.of(6, 0), LocalTime.of(23, 0), LocalTime.of(12, 0), LocalTime.of(13, 0)),
                LocalDate.of(2026, 1, 1),
                MobileFixture.THROUGH_2026));
        ApiClient.Answer checkIn = phone.with(
                        "Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", MobileFixture.OFFICE, 8));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        assertThat(checkIn.json().getInt("lateMinutes")).isGreaterThanOrEqualTo(85);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        String until =
                now.plusMinutes(30).toLocalTime().withSecond(0).withNano(0).toString();

        long permit = submitted(request(
                        "IZIN_DATANG_TERLAMBAT",
                        now.toLocalDate().toString(),
                        now.toLocalDate().toString(),
                        "Antre di rumah sakit")
                .add("permitTime", until));
        bkpsdmd.run(() -> review.decide(permit, true, null));

        JsonObject today = phone.get("/attendance/today").json();
        JsonObject event = today.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> "CHECK_IN".equals(e.getString("type")))
                .findFirst()
                .orElseThrow();
        assertThat(event.getInt("lateMinutes")).as(today.toString()).isZero();
        assertThat(!event.containsKey("tier") || event.isNull("tier"))
                .as(today.toString())
                .isTrue();
        assertThat(today.getInt("lateMinutes"))
                .as("the day's own record: " + today)
                .isZero();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select late_minutes from attendance_event"
                        + " where employee_id = ? and event_type = 'CHECK_IN' and decision = 'ACCEPTED'")) {
            query.setLong(1, asn.employeeId());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).as("measured again for the board").isZero();
            }
        }
    }

    @Test
    void submitsIzinAndReadsItBackAsPending() {
        ApiClient.Answer answer = submit(request("IZIN", "2026-03-05", "2026-03-05", "Mengurus akta kelahiran anak"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonObject created = answer.json();
        assertThat(created.getString("type")).isEqualTo("IZIN");
        assertThat(created.getString("startDate")).isEqualTo("2026-03-05");
        assertThat(created.getString("endDate")).isEqualTo("2026-03-05");
        assertThat(created.getString("reason")).isEqualTo("Mengurus akta kelahiran anak");
        assertThat(created.getString("state")).isEqualTo("PENDING");
        assertThat(created.getBoolean("hasAttachment")).isFalse();
        assertThat(created.getString("createdAt")).startsWith("2026-03-");
        assertThat(created.getString("decisionNote", null)).isNull();
        assertThat(created.getString("decidedAt", null)).isNull();

        long id = created.getJsonNumber("id").longValue();
        ApiClient.Answer read = phone.get("/leave-requests/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created);
        assertThat(list(phone)).containsExactly(created);
    }

    @Test
    void submitsAnnualLeaveWithASignedPdfForm() throws SQLException {
        ApiClient.Answer answer = submit(request("CUTI_TAHUNAN", "2026-03-16", "2026-03-20", "Cuti tahunan 2026")
                .add("attachment", base64(pdf(40_000))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getString("type")).isEqualTo("CUTI_TAHUNAN");
        assertThat(answer.json().getBoolean("hasAttachment")).isTrue();
        assertThat(storedAttachmentOf(answer.json().getJsonNumber("id").longValue()))
                .isEqualTo("LEAVE_ATTACHMENT application/pdf 40000");
    }

    @Test
    void submitsSickLeaveWithAPhotoOfTheDoctorsLetter() throws SQLException {
        String photo = MobileFixture.selfie();
        long id = submitted(request("sakit", "2026-03-03", "2026-03-04", "Demam berdarah, surat dokter terlampir")
                .add("attachment", photo));

        JsonObject read = phone.get("/leave-requests/" + id).json();
        assertThat(read.getString("type")).isEqualTo("SAKIT");
        assertThat(read.getBoolean("hasAttachment")).isTrue();
        assertThat(storedAttachmentOf(id))
                .isEqualTo("LEAVE_ATTACHMENT image/jpeg " + Base64.getDecoder().decode(photo).length);
    }

    @Test
    void acceptsAnAttachmentOfExactlyOneMegabyte() {
        ApiClient.Answer answer = submit(request("DINAS_LUAR", "2026-04-06", "2026-04-08", "SPT ke Jambi")
                .add("attachment", base64(pdf(ONE_MEGABYTE))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void listsTheAsnsOwnRequestsLatestFirst() {
        long march = submitted(request("IZIN", "2026-03-05", "2026-03-05", "Izin pertama"));
        long april = submitted(request("DIKLAT", "2026-04-13", "2026-04-17", "Diklat PIM IV"));
        ApiClient stranger = fixture.registeredAsn().phone();
        ApiClient.Answer theirs = stranger.post(
                "/leave-requests",
                request("IZIN", "2026-03-06", "2026-03-06", "Izin ASN lain").build());

        assertThat(ids(list(phone))).containsExactly(april, march);
        assertThat(ids(list(stranger)))
                .containsExactly(theirs.json().getJsonNumber("id").longValue());
    }

    @Test
    void showsTheAdminsApproval() {
        long id = submitted(request("CUTI_ALASAN_PENTING", "2026-03-09", "2026-03-11", "Orang tua sakit keras"));

        bkpsdmd.run(() -> review.decide(id, true, "Disetujui. Semoga lekas sembuh."));

        JsonObject read = phone.get("/leave-requests/" + id).json();
        assertThat(read.getString("state")).isEqualTo("APPROVED");
        assertThat(read.getString("decisionNote")).isEqualTo("Disetujui. Semoga lekas sembuh.");
        assertThat(read.getString("decidedAt")).startsWith("2026-03-");
    }

    @Test
    void answersAnotherAsnsRequestAsNotFoundLikeAMissingOne() {
        long id = submitted(request("IZIN", "2026-03-05", "2026-03-05", "Urusan keluarga"));
        ApiClient stranger = fixture.registeredAsn().phone();

        ApiClient.Answer theirs = stranger.get("/leave-requests/" + id);
        ApiClient.Answer missing = stranger.get("/leave-requests/" + Long.MAX_VALUE);

        assertProblem(theirs, 404, "NOT_FOUND");
        assertProblem(missing, 404, "NOT_FOUND");
        assertThat(theirs.body()).isEqualTo(missing.body());
        assertProblem(stranger.get("/leave-requests/abc"), 404, "NOT_FOUND");
        assertThat(list(stranger)).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertProblem(submit(request("IZIN", "2026-03-06", "2026-03-05", "Terbalik")), 400, "INVALID_DATES");
        assertProblem(submit(request("IZIN", "2026-02-30", "2026-03-05", "Tanggal mustahil")), 400, "INVALID_FIELD");
        assertProblem(submit(request("IZIN", "05-03-2026", "2026-03-05", "Format lain")), 400, "INVALID_FIELD");
        assertNothingStored();
    }

    @Test
    void refusesAnUnknownType() {
        ApiClient.Answer answer = submit(request("LIBURAN", "2026-03-05", "2026-03-05", "Jalan-jalan"));

        assertProblem(answer, 400, "INVALID_LEAVE_TYPE");
        assertThat(answer.json().getString("field")).isEqualTo("type");
        assertNothingStored();
    }

    @Test
    void refusesAMissingOrTooLongReason() {
        assertProblem(
                submit(Json.createObjectBuilder()
                        .add("type", "IZIN")
                        .add("startDate", "2026-03-05")
                        .add("endDate", "2026-03-05")),
                400,
                "MISSING_FIELD");
        assertProblem(submit(request("IZIN", "2026-03-05", "2026-03-05", "x".repeat(1001))), 400, "INVALID_FIELD");
        assertProblem(submit(request("IZIN", "2026-03-05", "2026-03-05", "nul\u0000")), 400, "INVALID_FIELD");
        assertNothingStored();
    }

    @Test
    void refusesAnAttachmentOneByteOverOneMegabyte() {
        ApiClient.Answer answer = submit(request("CUTI_SAKIT", "2026-03-05", "2026-03-19", "Rawat inap")
                .add("attachment", base64(pdf(ONE_MEGABYTE + 1))));

        assertProblem(answer, 413, "ATTACHMENT_TOO_LARGE");
        assertNothingStored();
    }

    @Test
    void refusesAPngOrRandomBytesAsAttachment() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);

        assertProblem(
                submit(request("SAKIT", "2026-03-05", "2026-03-05", "Surat dokter PNG")
                        .add("attachment", base64(png()))),
                415,
                "ATTACHMENT_UNSUPPORTED_TYPE");
        assertProblem(
                submit(request("SAKIT", "2026-03-05", "2026-03-05", "Berkas acak")
                        .add("attachment", base64(noise))),
                415,
                "ATTACHMENT_UNSUPPORTED_TYPE");
        assertProblem(
                submit(request("SAKIT", "2026-03-05", "2026-03-05", "Bukan base64")
                        .add("attachment", "%%% bukan base64 %%%")),
                422,
                "INVALID_ATTACHMENT");
        assertNothingStored();
    }

    @Test
    void refusesARequestOverlappingAPendingOrApprovedOne() {
        long pending = submitted(request("IZIN", "2026-03-10", "2026-03-12", "Pertama"));
        long approved = submitted(request("DIKLAT", "2026-03-20", "2026-03-25", "Diklat"));
        bkpsdmd.run(() -> review.decide(approved, true, "Disetujui"));

        ApiClient.Answer overPending = submit(request("SAKIT", "2026-03-12", "2026-03-13", "Tumpuk di ujung"));
        ApiClient.Answer overApproved = phone.with("Accept-Language", "en")
                .post(
                        "/leave-requests",
                        request("IZIN", "2026-03-18", "2026-03-20", "Tumpuk di awal")
                                .build());

        assertProblem(overPending, 409, "LEAVE_OVERLAPS");
        assertThat(overPending.json().getJsonNumber("overlappingId").longValue())
                .isEqualTo(pending);
        assertThat(overPending.json().getString("detail")).contains("2026-03-10", "2026-03-12");
        assertProblem(overApproved, 409, "LEAVE_OVERLAPS");
        assertThat(overApproved.json().getString("detail"))
                .isEqualTo("The dates overlap your DIKLAT request from 2026-03-20 to 2026-03-25, which is pending"
                        + " or approved.");
        assertThat(ids(list(phone))).containsExactly(approved, pending);
    }

    @Test
    void acceptsTheSameDaysAgainOnceTheFirstRequestWasRejected() {
        long rejected = submitted(request("IZIN", "2026-03-10", "2026-03-12", "Pertama"));
        bkpsdmd.run(() -> review.decide(rejected, false, "Bentrok dengan apel"));

        long again = submitted(request("IZIN", "2026-03-11", "2026-03-11", "Kedua, satu hari saja"));

        assertThat(phone.get("/leave-requests/" + rejected).json().getString("state"))
                .isEqualTo("REJECTED");
        assertThat(phone.get("/leave-requests/" + again).json().getString("state"))
                .isEqualTo("PENDING");
    }

    @Test
    void answersWithoutATokenAsUnauthenticated() {
        ApiClient.Answer answer = new ApiClient().get("/leave-requests");

        assertProblem(answer, 401, "TOKEN_INVALID");
    }
}
