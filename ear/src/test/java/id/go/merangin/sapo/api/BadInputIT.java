package id.go.merangin.sapo.api;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input never reaches a 500 and never stores anything: every malformed request gets a 4xx problem, and the
 * ASN's day stays empty.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(BadInputIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    private Asn asn;

    @BeforeEach
    void asn() {
        asn = new MobileFixture(organization, employees, schedules).registeredAsn();
    }

    private ApiClient phone() {
        return asn.phone().with("Idempotency-Key", UUID.randomUUID().toString());
    }

    private void assertRefusedAndNothingStored(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                .isEmpty();
    }

    private JsonObject with(String field, String value) {
        return Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .add(field, value)
                .build();
    }

    private static String withRaw(String field, String rawJsonValue) {
        String body = checkIn("CHECK_IN", OFFICE, 5).toString();
        return body.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + rawJsonValue);
    }

    @Test
    void refusesMalformedJson() {
        assertRefusedAndNothingStored(phone().post("/attendance", "{\"type\": \"CHECK_IN\", "), 400, "MALFORMED_JSON");
    }

    @Test
    void refusesMissingAndNullFields() {
        JsonObject noLatitude = Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .remove("latitude")
                .build();
        ApiClient.Answer missing = phone().post("/attendance", noLatitude);
        assertRefusedAndNothingStored(missing, 400, "MISSING_FIELD");
        assertThat(missing.json().getString("field")).isEqualTo("latitude");
        assertRefusedAndNothingStored(phone().post("/attendance", withRaw("type", "null")), 400, "MISSING_FIELD");
        assertRefusedAndNothingStored(phone().post("/attendance", "null"), 400, "MISSING_FIELD");
    }

    @Test
    void refusesALatitudeOfNinetyOne() {
        assertRefusedAndNothingStored(
                phone().post("/attendance", withRaw("latitude", "91")), 400, "INVALID_COORDINATES");
    }

    @Test
    void refusesNaNAndStringsInNumberFields() {
        assertRefusedAndNothingStored(phone().post("/attendance", withRaw("latitude", "NaN")), 400, "MALFORMED_JSON");
        // JSON-B reads the string "NaN" as a number; the rules then refuse it
        assertRefusedAndNothingStored(
                phone().post("/attendance", withRaw("accuracyM", "\"NaN\"")), 400, "INVALID_ACCURACY");
        assertRefusedAndNothingStored(
                phone().post("/attendance", withRaw("latitude", "\"NaN\"")), 400, "INVALID_COORDINATES");
        assertRefusedAndNothingStored(
                phone().post("/attendance", withRaw("longitude", "\"timur\"")), 400, "MALFORMED_JSON");
        assertRefusedAndNothingStored(phone().post("/attendance", withRaw("accuracyM", "-5")), 400, "INVALID_ACCURACY");
    }

    @Test
    void refusesAnUnknownEventType() {
        assertRefusedAndNothingStored(phone().post("/attendance", with("type", "LUNCH")), 400, "INVALID_EVENT_TYPE");
    }

    @Test
    void refusesAFiveMegabyteBody() {
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ApiClient.Answer answer = phone().postRaw("/attendance", "application/json", big);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                .isEmpty();
    }

    @Test
    void refusesPhotosThatAreNoJpeg() {
        byte[] noise = new byte[4000];
        new Random(11).nextBytes(noise);
        assertRefusedAndNothingStored(
                phone().post("/attendance", with("photo", Base64.getEncoder().encodeToString(noise))),
                415,
                "PHOTO_NOT_JPEG");
        assertRefusedAndNothingStored(
                phone().post("/attendance", with("photo", "bukan base64 !!!")), 422, "INVALID_PHOTO");
    }

    @Test
    void refusesAnotherMediaTypeAndAMissingIdempotencyKey() {
        assertRefusedAndNothingStored(
                phone().postRaw("/attendance", "text/plain", "CHECK_IN".getBytes(StandardCharsets.UTF_8)),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertRefusedAndNothingStored(
                asn.phone().post("/attendance", checkIn("CHECK_IN", OFFICE, 5)), 400, "IDEMPOTENCY_KEY_REQUIRED");
        assertRefusedAndNothingStored(
                asn.phone()
                        .with("Idempotency-Key", "x".repeat(101))
                        .post("/attendance", checkIn("CHECK_IN", OFFICE, 5)),
                400,
                "INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void refusesVeryLongStringsAndKeepsScriptAndSqlPayloadsAsData() {
        ApiClient api = new ApiClient();
        Asn unregistered = new MobileFixture(organization, employees, schedules).masterRecord();
        JsonObject longModel = Json.createObjectBuilder(unregistered.registration())
                .add("deviceModel", "x".repeat(10_000))
                .build();
        assertThat(api.post("/auth/register", longModel).status()).isEqualTo(400);
        JsonObject sqlNip = Json.createObjectBuilder(unregistered.registration())
                .add("nip", "1' OR '1'='1")
                .build();
        ApiClient.Answer injected = api.post("/auth/register", sqlNip);
        assertThat(injected.status()).isEqualTo(400);
        assertThat(injected.code()).isEqualTo("INVALID_NIP");
        JsonObject scriptLogin = Json.createObjectBuilder()
                .add("nip", "<script>alert(1)</script>")
                .add("password", "x'; drop table account; --")
                .add("deviceId", "d")
                .build();
        assertThat(api.post("/auth/login", scriptLogin).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(api.post("/auth/register", unregistered.registration()).status())
                .isEqualTo(201);
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        ApiClient.Answer unknown = asn.phone().get("/tidak-ada");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        ApiClient.Answer wrongMethod = asn.phone().get("/auth/login");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.isProblem()).isTrue();
    }
}
