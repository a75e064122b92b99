package id.go.merangin.sapo.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.audit.AuditEntry;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An ASN reports a problem from the phone ({@code /api/v1/problem-reports}), about a refused attempt of theirs or
 * about nothing in particular, and reads the admin's answer there. Nobody reaches another ASN's reports or
 * attempts, and whatever is typed comes back as the same text.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(ProblemReportIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    ProblemReportReview reports;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AuditTrail audit;

    private MobileFixture fixture;
    private ApiClient phone;

    @BeforeEach
    void registeredAsn() {
        fixture = new MobileFixture(organization, employees, schedules);
        phone = fixture.registeredAsn().phone();
    }

    private static JsonObjectBuilder report(String category, String message) {
        return Json.createObjectBuilder().add("category", category).add("message", message);
    }

    @Test
    void answersARetryWithTheSameIdempotencyKeyWithTheFirstReport() {
        ApiClient retrying = phone.with("Idempotency-Key", "lapor-" + java.util.UUID.randomUUID());
        JsonObject body =
                report("APLIKASI", "Aplikasi tertutup sendiri saat absen").build();

        ApiClient.Answer first = retrying.post("/problem-reports", body);
        ApiClient.Answer retry = retrying.post("/problem-reports", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(list(phone)).hasSize(1);
    }

    private ApiClient.Answer submit(ApiClient client, JsonObjectBuilder body) {
        ApiClient.Answer answer = client.post("/problem-reports", body.build());
        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        return answer;
    }

    private JsonObject submitted(JsonObjectBuilder body) {
        ApiClient.Answer answer = submit(phone, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    private static JsonArray list(ApiClient client) {
        ApiClient.Answer answer = client.get("/problem-reports");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.code()).isEqualTo(code);
    }

    /** A check-in from a phone with a location faker: refused, kept, and answered with its {@code attemptId}. */
    private static long refusedAttempt(ApiClient client) {
        JsonObject mocked = Json.createObjectBuilder(MobileFixture.checkIn("CHECK_IN", MobileFixture.OFFICE, 8))
                .add("mocked", true)
                .build();
        ApiClient.Answer refused =
                client.with("Idempotency-Key", UUID.randomUUID().toString()).post("/attendance", mocked);
        assertProblem(refused, 422, "MOCK_LOCATION");
        return refused.json().getJsonNumber("attemptId").longValue();
    }

    private static long id(JsonObject view) {
        return view.getJsonNumber("id").longValue();
    }

    @Test
    void submitsAReportAboutNoAttemptAndReadsItBack() {
        JsonObject created = submitted(report("APLIKASI", "Aplikasi keluar sendiri saat membuka kamera"));

        assertThat(created.getString("category")).isEqualTo("APLIKASI");
        assertThat(created.getString("message")).isEqualTo("Aplikasi keluar sendiri saat membuka kamera");
        assertThat(created.getString("status")).isEqualTo("OPEN");
        assertThat(created.containsKey("attemptId")).isFalse();
        assertThat(created.getJsonArray("replies")).isEmpty();
        assertThat(created.getString("createdAt")).startsWith("2026-03-");

        assertThat(phone.get("/problem-reports/" + id(created)).json()).isEqualTo(created);
        assertThat(list(phone)).containsExactly(created);
    }

    @Test
    void submitsAReportAboutARefusedAttempt() {
        long attemptId = refusedAttempt(phone);

        JsonObject created = submitted(report("lokasi_gps", "Saya di kantor, GPS tidak pernah saya palsukan")
                .add("attemptId", attemptId));

        assertThat(created.getString("category")).isEqualTo("LOKASI_GPS");
        assertThat(created.getJsonNumber("attemptId").longValue()).isEqualTo(attemptId);
        assertThat(phone.get("/problem-reports/" + id(created))
                        .json()
                        .getJsonNumber("attemptId")
                        .longValue())
                .isEqualTo(attemptId);
    }

    @Test
    void answersAStrangersAttemptAsNotFound() {
        long theirs = refusedAttempt(fixture.registeredAsn().phone());

        ApiClient.Answer answer =
                submit(phone, report("LOKASI_GPS", "Bukan percobaan saya").add("attemptId", theirs));
        ApiClient.Answer missing =
                submit(phone, report("LOKASI_GPS", "Tidak ada").add("attemptId", Long.MAX_VALUE));

        assertProblem(answer, 404, "NOT_FOUND");
        assertThat(answer.body()).isEqualTo(missing.body());
        assertThat(list(phone)).isEmpty();
    }

    @Test
    void answersAnAcceptedEventAsNotFoundSinceOnlyRefusedAttemptsAreReported() {
        ApiClient.Answer accepted = phone.with(
                        "Idempotency-Key", UUID.randomUUID().toString())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", MobileFixture.OFFICE, 8));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);

        ApiClient.Answer answer = submit(
                phone,
                report("LOKASI_GPS", "Diterima kok")
                        .add("attemptId", accepted.json().getJsonNumber("id").longValue()));

        assertProblem(answer, 404, "NOT_FOUND");
        assertThat(list(phone)).isEmpty();
    }

    @Test
    void answersAStrangersReportAsNotFoundLikeAMissingOne() {
        long id = id(submitted(report("PERANGKAT", "Kamera depan rusak")));
        ApiClient stranger = fixture.registeredAsn().phone();

        ApiClient.Answer theirs = stranger.get("/problem-reports/" + id);
        ApiClient.Answer missing = stranger.get("/problem-reports/" + Long.MAX_VALUE);

        assertProblem(theirs, 404, "NOT_FOUND");
        assertThat(theirs.body()).isEqualTo(missing.body());
        assertThat(list(stranger)).isEmpty();
    }

    @Test
    void showsTheAdminsReplyToTheAsn() {
        long id = id(submitted(report("JADWAL", "Jadwal hari Jumat masih jam 16.00")));

        bkpsdmd.run(() -> reports.reply(id, "Sudah diperbaiki, silakan buka ulang aplikasi."));

        JsonObject read = phone.get("/problem-reports/" + id).json();
        assertThat(read.getString("status")).isEqualTo("ANSWERED");
        List<JsonObject> replies = read.getJsonArray("replies").getValuesAs(JsonObject.class);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).getString("author")).isEqualTo("bkpsdmd");
        assertThat(replies.get(0).getString("message")).isEqualTo("Sudah diperbaiki, silakan buka ulang aplikasi.");
        assertThat(replies.get(0).getString("createdAt")).startsWith("2026-03-");
        // the whole log: each test deployment restarts the test clock, so "latest" is not this test's last
        assertThat(audit.latest(100_000))
                .extracting(AuditEntry::action, AuditEntry::entityId, AuditEntry::actor)
                .contains(tuple("PROBLEM_REPORT_ANSWERED", Optional.of(String.valueOf(id)), "bkpsdmd"));
    }

    @Test
    void refusesAReplyToAMissingReport() {
        assertThatThrownBy(() -> bkpsdmd.run(() -> reports.reply(Long.MAX_VALUE, "Halo")))
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code().name())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void keepsScriptAndSqlAsText() {
        String script = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
        String sql = "Robert'); DROP TABLE problem_report; DELETE FROM attendance_event WHERE '1'='1'; --";

        JsonObject first = submitted(report("LAINNYA", script));
        JsonObject second = submitted(report("LAINNYA", sql));
        bkpsdmd.run(() -> reports.reply(id(first), "\"; SELECT pg_sleep(10); -- <b>tebal</b>"));

        assertThat(phone.get("/problem-reports/" + id(first)).json().getString("message"))
                .isEqualTo(script);
        assertThat(phone.get("/problem-reports/" + id(second)).json().getString("message"))
                .isEqualTo(sql);
        assertThat(phone.get("/problem-reports/" + id(first))
                        .json()
                        .getJsonArray("replies")
                        .getJsonObject(0)
                        .getString("message"))
                .isEqualTo("\"; SELECT pg_sleep(10); -- <b>tebal</b>");
        assertThat(list(phone)).hasSize(2);
    }

    @Test
    void refusesAMessageLongerThanTwoThousandCharacters() {
        assertProblem(submit(phone, report("APLIKASI", "x".repeat(2001))), 400, "INVALID_FIELD");
        assertProblem(submit(phone, report("APLIKASI", "x".repeat(100_000))), 400, "INVALID_FIELD");
        assertThat(list(phone)).isEmpty();

        assertThat(submitted(report("APLIKASI", "x".repeat(2000))).getString("message"))
                .hasSize(2000);
    }

    @Test
    void refusesAnUnknownCategoryOrAMissingMessage() {
        ApiClient.Answer unknown = submit(phone, report("LISTRIK", "Listrik padam"));

        assertProblem(unknown, 400, "INVALID_PROBLEM_CATEGORY");
        assertThat(unknown.json().getString("field")).isEqualTo("category");
        assertProblem(submit(phone, Json.createObjectBuilder().add("category", "LAINNYA")), 400, "MISSING_FIELD");
        assertProblem(submit(phone, report("LAINNYA", "nul\u0000")), 400, "INVALID_FIELD");
        assertThat(list(phone)).isEmpty();
    }
}
