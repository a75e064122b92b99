package id.go.merangin.sapo.attendance;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.THROUGH_2026;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.leave.LeaveReview;
import id.go.merangin.sapo.leave.LeaveService;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The check-in rules as a phone meets them over HTTP: the fence and its accuracy widening, the windows, holidays
 * and leave, mocked locations, idempotency and parallel taps, the selfie, and the integrity flags. The tests' server
 * clock starts on Monday 2 March 2026 at 07:25 WIB and runs on.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(CheckInIT.class);
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

    @Inject
    Clock clock;

    @Inject
    id.go.merangin.sapo.files.PhotoRetention retention;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/SapoDS")
    javax.sql.DataSource database;

    private MobileFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MobileFixture(organization, employees, schedules);
    }

    private static ApiClient.Answer tap(Asn asn, JsonObject body) {
        return asn.phone().with("Idempotency-Key", UUID.randomUUID().toString()).post("/attendance", body);
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(WIB);
    }

    /** Waits, if needed, so that the next few seconds stay inside one clock minute. */
    private void awayFromAMinuteBoundary() throws InterruptedException {
        while (now().getSecond() > 45) {
            Thread.sleep(500);
        }
    }

    @Test
    void acceptsACheckInInsideTheFenceAndSaysHowLate() throws InterruptedException {
        Asn asn = fixture.registeredAsn();
        awayFromAMinuteBoundary();
        LocalTime start = now().toLocalTime().truncatedTo(ChronoUnit.MINUTES).minusMinutes(45);
        bkpsdmd.run(() -> schedules.defineForEmployee(
                asn.employeeId(),
                "Shift pagi",
                MobileFixture.everyDay(
                        start, LocalTime.of(23, 0), LocalTime.of(23, 10).minusMinutes(20), LocalTime.of(22, 55)),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));

        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE.destination(30, 40), 8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonObject event = answer.json();
        assertThat(event.getJsonNumber("id").longValue()).isPositive();
        assertThat(event.getString("type")).isEqualTo("CHECK_IN");
        assertThat(event.getString("decision")).isEqualTo("ACCEPTED");
        assertThat(event.getString("workDate")).isEqualTo("2026-03-02");
        assertThat(event.getString("serverTime")).startsWith("2026-03-02T");
        assertThat(event.getString("locationName")).isEqualTo("Kantor Uji");
        assertThat(event.getJsonNumber("distanceM").doubleValue()).isBetween(39.0, 41.0);
        assertThat(event.getInt("lateMinutes")).isBetween(45, 46);
        assertThat(event.getString("tier")).isEqualTo("TL2");
    }

    @Test
    void acceptsOneMetreInsideTheRadius() {
        Asn asn = fixture.registeredAsn();
        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE.destination(120, 99), 0));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void refusesOneMetreOutsideTheRadiusAndSaysHowFar() {
        Asn asn = fixture.registeredAsn();

        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE.destination(120, 101), 0));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        JsonObject problem = answer.json();
        assertThat(problem.getString("code")).isEqualTo("OUTSIDE_GEOFENCE");
        assertThat(problem.getJsonNumber("distanceM").doubleValue()).isBetween(100.5, 101.5);
        assertThat(problem.getJsonNumber("radiusM").doubleValue()).isEqualTo(100.0);
        assertThat(problem.getJsonNumber("accuracyM").doubleValue()).isEqualTo(0.0);
        assertThat(problem.getJsonObject("location").getString("name")).isEqualTo("Kantor Uji");
        assertThat(problem.getJsonNumber("attemptId").longValue()).isPositive();
        assertThat(problem.getString("detail")).contains("Kantor Uji").contains("radius 100");
    }

    @Test
    void widensByTheAccuracyUpToTheCap() {
        Asn within = fixture.registeredAsn();
        assertThat(tap(within, checkIn("CHECK_IN", OFFICE.destination(200, 129), 30))
                        .status())
                .isEqualTo(201);

        Asn beyond = fixture.registeredAsn();
        ApiClient.Answer refused = tap(beyond, checkIn("CHECK_IN", OFFICE.destination(200, 131), 60));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("OUTSIDE_GEOFENCE");
        assertThat(refused.json().getJsonNumber("accuracyM").doubleValue()).isEqualTo(30.0);
    }

    @Test
    void refusesAFixWorseThanTheAccuracyLimit() {
        Asn asn = fixture.registeredAsn();
        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE, 150));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("LOW_ACCURACY");
    }

    @Test
    void refusesAMockedLocationAndKeepsTheAttemptForReview() {
        Asn asn = fixture.registeredAsn();
        JsonObject mocked = Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .add("mocked", true)
                .build();

        ApiClient.Answer answer = tap(asn, mocked);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("MOCK_LOCATION");
        JsonObject today = asn.phone().get("/attendance/today").json();
        assertThat(today.getJsonArray("events")).hasSize(1);
        JsonObject kept = today.getJsonArray("events").getJsonObject(0);
        assertThat(kept.getString("decision")).isEqualTo("REFUSED");
        assertThat(kept.getString("reasonCode")).isEqualTo("MOCK_LOCATION");
        assertThat(kept.getJsonNumber("id").longValue())
                .isEqualTo(answer.json().getJsonNumber("attemptId").longValue());
    }

    @Test
    void refusesABreakOutsideItsWindowAndNamesTheWindow() {
        Asn asn = fixture.registeredAsn();
        ApiClient.Answer answer = tap(asn, checkIn("BREAK_START", OFFICE, 5));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(answer.json().getString("opens")).isEqualTo("12:00");
        assertThat(answer.json().getString("closes")).isEqualTo("13:00");
    }

    @Test
    void acceptsInTheLastMinuteOfTheCheckInWindowAndRefusesAMinuteLater() throws InterruptedException {
        Asn lastMinute = fixture.registeredAsn();
        Asn tooLate = fixture.registeredAsn();
        awayFromAMinuteBoundary();
        LocalTime minute = now().toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        // the CHECK_IN window closes with the end of the working day
        bkpsdmd.run(() -> schedules.defineForEmployee(
                lastMinute.employeeId(),
                "Berakhir sekarang",
                MobileFixture.everyDay(LocalTime.of(6, 30), minute, LocalTime.of(6, 40), LocalTime.of(6, 50)),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));
        bkpsdmd.run(() -> schedules.defineForEmployee(
                tooLate.employeeId(),
                "Berakhir semenit lalu",
                MobileFixture.everyDay(
                        LocalTime.of(6, 30), minute.minusMinutes(1), LocalTime.of(6, 40), LocalTime.of(6, 50)),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));

        assertThat(tap(lastMinute, checkIn("CHECK_IN", OFFICE, 5)).status()).isEqualTo(201);
        ApiClient.Answer refused = tap(tooLate, checkIn("CHECK_IN", OFFICE, 5));
        assertThat(refused.code()).as(refused.toString()).isEqualTo("OUTSIDE_WINDOW");
    }

    @Test
    void acceptsInTheFirstMinuteOfTheCheckOutWindowAndRefusesAMinuteEarlier() throws InterruptedException {
        Asn firstMinute = fixture.registeredAsn();
        Asn tooEarly = fixture.registeredAsn();
        awayFromAMinuteBoundary();
        LocalTime minute = now().toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        // the CHECK_OUT window opens when the break ends
        bkpsdmd.run(() -> schedules.defineForEmployee(
                firstMinute.employeeId(),
                "Istirahat selesai sekarang",
                MobileFixture.everyDay(LocalTime.of(6, 0), LocalTime.of(23, 0), minute.minusMinutes(10), minute),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));
        bkpsdmd.run(() -> schedules.defineForEmployee(
                tooEarly.employeeId(),
                "Istirahat selesai semenit lagi",
                MobileFixture.everyDay(
                        LocalTime.of(6, 0), LocalTime.of(23, 0), minute.minusMinutes(10), minute.plusMinutes(1)),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));

        assertThat(tap(firstMinute, checkIn("CHECK_OUT", OFFICE, 5)).status()).isEqualTo(201);
        ApiClient.Answer refused = tap(tooEarly, checkIn("CHECK_OUT", OFFICE, 5));
        assertThat(refused.code()).as(refused.toString()).isEqualTo("OUTSIDE_WINDOW");
    }

    @Test
    void refusesOnALocalHolidayOfTheOpdDeclaredAfterColleaguesCheckedIn() {
        Asn colleague = fixture.registeredAsn();
        Asn asn = fixture.registeredAsn();
        assertThat(tap(colleague, checkIn("CHECK_IN", OFFICE, 5)).status()).isEqualTo(201);
        bkpsdmd.run(
                () -> schedules.declareLocalHoliday(fixture.opd, LocalDate.of(2026, 3, 2), "Hari Jadi Kecamatan Uji"));

        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE, 5));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("NOT_A_WORKDAY");
        assertThat(answer.json().getString("detail")).contains("Hari Jadi Kecamatan Uji");
    }

    /**
     * Another server of a cluster declared the holiday: its rows and the days' version it moved on reach this
     * server only through the database (written here straight into it), not through this server's own events.
     */
    @Test
    void refusesOnAHolidayThatAnotherServerCommitted() throws SQLException {
        Asn colleague = fixture.registeredAsn();
        Asn asn = fixture.registeredAsn();
        assertThat(tap(colleague, checkIn("CHECK_IN", OFFICE, 5)).status()).isEqualTo(201);

        try (Connection connection = database.getConnection();
                PreparedStatement holiday = connection.prepareStatement(
                        "insert into holiday (id, holiday_date, type, name, opd_id) select nextval('holiday_seq'),"
                                + " date '2026-03-02', 'LOCAL', 'Hari Jadi Dari Server Lain', id from opd where code = ?");
                Statement version = connection.createStatement()) {
            connection.setAutoCommit(false);
            holiday.setString(1, fixture.opd);
            assertThat(holiday.executeUpdate()).isEqualTo(1);
            version.executeUpdate("update days_version set version = version + 1");
            connection.commit();
        }

        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE, 5));
        assertThat(answer.code()).as(answer.toString()).isEqualTo("NOT_A_WORKDAY");
        assertThat(answer.json().getString("detail")).contains("Hari Jadi Dari Server Lain");
    }

    @Test
    void givesASubUnitTheScheduleAndTheLocalHolidaysOfItsParent() {
        MobileFixture puskesmas = fixture.subUnit("Puskesmas Uji");
        Asn nurse = puskesmas.registeredAsn();
        assertThat(nurse.phone().get("/attendance/today").json().getBoolean("workday"))
                .isTrue();

        bkpsdmd.run(() -> schedules.declareLocalHoliday(fixture.opd, LocalDate.of(2026, 3, 2), "Hari Jadi Dinas Uji"));

        ApiClient.Answer answer = tap(nurse, checkIn("CHECK_IN", OFFICE, 5));
        assertThat(answer.code()).as(answer.toString()).isEqualTo("NOT_A_WORKDAY");
    }

    @Test
    void refusesOnADayOfLeaveApprovedAfterColleaguesCheckedIn() {
        Asn colleague = fixture.registeredAsn();
        Asn asn = fixture.registeredAsn();
        AuthenticatedAsn who = new AuthenticatedAsn(0, asn.employeeId(), 0, 0, 0, asn.nip());
        long request = leaves.submit(
                who,
                LeaveType.DINAS_LUAR,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4),
                "Rapat koordinasi di Jambi");
        assertThat(tap(colleague, checkIn("CHECK_IN", OFFICE, 5)).status()).isEqualTo(201);
        bkpsdmd.run(() -> review.decide(request, true, "Disetujui"));

        ApiClient.Answer answer = tap(asn, checkIn("CHECK_IN", OFFICE, 5));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("ON_LEAVE");
        assertThat(answer.json().getString("leaveType")).isEqualTo("DINAS_LUAR");
    }

    @Test
    void answersTheSameIdempotencyKeyExactlyAsTheFirstTime() {
        Asn asn = fixture.registeredAsn();
        ApiClient phone = asn.phone().with("Idempotency-Key", "tap-" + UUID.randomUUID());
        JsonObject body = checkIn("CHECK_IN", OFFICE.destination(10, 20), 5);

        ApiClient.Answer first = phone.post("/attendance", body);
        ApiClient.Answer retry = phone.post("/attendance", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());

        ApiClient refusedPhone = asn.phone().with("Idempotency-Key", "tap-" + UUID.randomUUID());
        JsonObject far = checkIn("BREAK_START", OFFICE.destination(10, 900), 5);
        ApiClient.Answer refused = refusedPhone.post("/attendance", far);
        ApiClient.Answer refusedAgain = refusedPhone.post("/attendance", far);
        assertThat(refusedAgain.status()).isEqualTo(refused.status());
        assertThat(refusedAgain.json().getString("code"))
                .isEqualTo(refused.json().getString("code"));
        assertThat(refusedAgain.json().getJsonNumber("attemptId"))
                .isEqualTo(refused.json().getJsonNumber("attemptId"));
        assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                .hasSize(2);
    }

    @Test
    void answersARepeatedCheckInWithTheFirstOne() {
        Asn asn = fixture.registeredAsn();
        ApiClient.Answer first = tap(asn, checkIn("CHECK_IN", OFFICE, 5));
        ApiClient.Answer again = tap(asn, checkIn("CHECK_IN", OFFICE.destination(90, 30), 5));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    }

    @Test
    void keepsExactlyOneOfTwentyParallelCheckIns() throws Exception {
        Asn asn = fixture.registeredAsn();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<ApiClient.Answer>> taps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                taps.add(() -> tap(asn, checkIn("CHECK_IN", OFFICE, 5)));
            }
            List<ApiClient.Answer> answers = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : pool.invokeAll(taps)) {
                answers.add(answer.get());
            }

            assertThat(answers).extracting(ApiClient.Answer::status).containsOnly(200, 201);
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
            Set<Long> ids = answers.stream()
                    .map(answer -> answer.json().getJsonNumber("id").longValue())
                    .collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void answersTenParallelRetriesOfOneTapWithItsOneEvent() throws Exception {
        Asn asn = fixture.registeredAsn();
        ApiClient phone = asn.phone().with("Idempotency-Key", "tap-" + UUID.randomUUID());
        JsonObject body = checkIn("CHECK_IN", OFFICE, 5);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<ApiClient.Answer>> retries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                retries.add(() -> phone.post("/attendance", body));
            }
            List<ApiClient.Answer> answers = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : pool.invokeAll(retries)) {
                answers.add(answer.get());
            }

            assertThat(answers).extracting(ApiClient.Answer::status).containsOnly(201);
            assertThat(answers)
                    .extracting(answer -> answer.json().getJsonNumber("id").longValue())
                    .containsOnly(answers.get(0).json().getJsonNumber("id").longValue());
            assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requiresADecodableJpegSelfieForCheckIn() {
        Asn asn = fixture.registeredAsn();
        JsonObject noPhoto = Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .remove("photo")
                .build();
        assertThat(tap(asn, noPhoto).code()).isEqualTo("INVALID_PHOTO");

        JsonObject png = Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .add("photo", java.util.Base64.getEncoder().encodeToString(pngBytes()))
                .build();
        ApiClient.Answer refused = tap(asn, png);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("PHOTO_NOT_JPEG");
        assertThat(asn.phone().get("/attendance/today").json().getJsonArray("events"))
                .isEmpty();
    }

    @Test
    void flagsClockSkewReusedPhotoAndImpossibleTravel() throws InterruptedException {
        Asn asn = fixture.registeredAsn();
        bkpsdmd.run(() -> organization.addCircleLocation(
                fixture.opd, "Kantor Camat Sungai Manau", new Coordinates(-2.3461, 101.9442), 100, null, null));
        awayFromAMinuteBoundary();
        LocalTime minute = now().toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        bkpsdmd.run(() -> schedules.defineForEmployee(
                asn.employeeId(),
                "Pulang cepat",
                MobileFixture.everyDay(
                        LocalTime.of(6, 0), LocalTime.of(23, 0), minute.minusMinutes(20), minute.minusMinutes(10)),
                LocalDate.of(2026, 1, 1),
                THROUGH_2026));
        String selfie = MobileFixture.selfie(42);
        JsonObject in = Json.createObjectBuilder(checkIn("CHECK_IN", OFFICE, 5))
                .add("photo", selfie)
                .add("clientTime", now().minusMinutes(10).toInstant().toString())
                .build();
        JsonObject out = Json.createObjectBuilder(checkIn("CHECK_OUT", new Coordinates(-2.3461, 101.9442), 5))
                .add("photo", selfie)
                .add("clientTime", now().toInstant().toString())
                .build();

        JsonObject checkedIn = tap(asn, in).json();
        JsonObject checkedOut = tap(asn, out).json();

        assertThat(checkedIn.getBoolean("timeSkew")).isTrue();
        assertThat(checkedIn.getBoolean("photoReused")).isFalse();
        assertThat(checkedOut.getBoolean("timeSkew")).isFalse();
        assertThat(checkedOut.getBoolean("photoReused")).isTrue();
        assertThat(checkedOut.getBoolean("impossibleTravel")).isTrue();
        assertThat(checkedOut.getString("locationName")).isEqualTo("Kantor Camat Sungai Manau");
    }

    @Test
    void showsTodayWithOpenWindowsAndTheMonthDayByDay() {
        Asn asn = fixture.registeredAsn();
        tap(asn, checkIn("CHECK_IN", OFFICE, 5));

        JsonObject today = asn.phone().get("/attendance/today").json();
        assertThat(today.getString("date")).isEqualTo("2026-03-02");
        assertThat(today.getBoolean("workday")).isTrue();
        assertThat(today.getJsonObject("windows").getJsonObject("CHECK_IN").getBoolean("openNow"))
                .isTrue();
        assertThat(today.getJsonObject("windows").getJsonObject("BREAK_START").getBoolean("openNow"))
                .isFalse();
        assertThat(today.getJsonArray("events")).hasSize(1);

        JsonObject month = asn.phone().get("/attendance?month=2026-03").json();
        assertThat(month.getString("month")).isEqualTo("2026-03");
        assertThat(month.getJsonArray("days")).hasSize(2);
        // today from the same record as the month's: one code so far (H, or TL1 once the clock passed 07:30)
        assertThat(today.getJsonArray("codes")).hasSize(1);
        assertThat(month.getJsonArray("days").getJsonObject(1).getJsonArray("codes"))
                .isEqualTo(today.getJsonArray("codes"));
        assertThat(month.getJsonArray("days").getJsonObject(1).getJsonArray("events"))
                .hasSize(1);
        assertThat(month.getJsonArray("days").getJsonObject(0).getJsonArray("events"))
                .isEmpty();
        assertThat(asn.phone().get("/attendance?month=2026-02").json().getJsonArray("days"))
                .hasSize(28);
        assertThat(asn.phone().get("/attendance?month=maret").status()).isEqualTo(400);
    }

    @Test
    void purgesTheSelfieAfterTheRetentionAndKeepsItsRecord() throws Exception {
        Asn asn = fixture.registeredAsn();
        long eventId = tap(asn, checkIn("CHECK_IN", OFFICE, 5))
                .json()
                .getJsonNumber("id")
                .longValue();
        String photoOf = "select f.content is null, f.purged_at is not null, f.sha256 from stored_file f"
                + " join attendance_event e on e.photo_id = f.id where e.id = ?";
        try (Connection connection = database.getConnection();
                java.sql.PreparedStatement photo = connection.prepareStatement(photoOf)) {
            photo.setLong(1, eventId);
            try (java.sql.ResultSet row = photo.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isFalse();
            }

            assertThat(retention.purgeTakenBefore(clock.instant().plusSeconds(1)))
                    .isPositive();

            try (java.sql.ResultSet row = photo.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("bytes purged").isTrue();
                assertThat(row.getBoolean(2)).as("purge recorded").isTrue();
                assertThat(row.getString(3)).as("hash kept").hasSize(64);
            }
        }
    }

    private static byte[] pngBytes() {
        try {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
