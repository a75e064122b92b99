package id.go.merangin.sapo.attendance;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ApelService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.security.AsDiskominfoAdmin;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Apel and upacara as the phone and the recap meet them: an OPD's apel is attended with APEL in its window at its
 * place (today's view shows its window), refused outside the place, outside the window, and for an ASN whose OPD
 * holds none; a compulsory apel missed on a working day is TA beside H, and on a holiday (an upacara) TA beside
 * LIBUR; only BKPSDMD holds one for every OPD, and an admin OPD only for its own.
 */
@ExtendWith(ArquillianExtension.class)
class ApelIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(ApelIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    ApelService apels;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AsDiskominfoAdmin diskominfoAdmin;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    private MobileFixture fixture;
    private long office;

    @BeforeEach
    void anOpdWithItsOffice() {
        fixture = new MobileFixture(organization, employees, schedules);
        office = officeOf(fixture);
    }

    private long officeOf(MobileFixture unit) {
        long opdId = bkpsdmd.call(() -> organization.opdsInReach()).stream()
                .filter(o -> o.code().equals(unit.opd))
                .map(OpdRow::id)
                .findFirst()
                .orElseThrow();
        return bkpsdmd.call(() -> organization.locationsOf(opdId)).get(0).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    private static ApiClient.Answer tap(Asn asn, JsonObject body) {
        return asn.phone().with("Idempotency-Key", UUID.randomUUID().toString()).post("/attendance", body);
    }

    @Test
    void anAsnAttendsTheirOpdsApelInItsWindowAtItsPlace() {
        bkpsdmd.run(() -> apels.hold(
                "Apel Pagi Uji", today(), LocalTime.of(0, 0), LocalTime.of(23, 59), fixture.opd, office, true));
        Asn asn = fixture.registeredAsn();

        JsonObject day = asn.phone().get("/attendance/today").json();
        assertThat(day.getJsonObject("windows").getJsonObject("APEL").getString("opens"))
                .isEqualTo("00:00");
        ApiClient.Answer attended = tap(asn, checkIn("APEL", OFFICE, 8));
        assertThat(attended.status()).as(attended.toString()).isEqualTo(201);
        assertThat(attended.json().getString("type")).isEqualTo("APEL");
        assertThat(attended.json().getString("locationName")).isEqualTo("Kantor Uji");
        ApiClient.Answer again = tap(asn, checkIn("APEL", OFFICE, 8));
        assertThat(again.status()).as("one APEL a day: the first answers").isEqualTo(200);

        Asn elsewhere = fixture.registeredAsn();
        ApiClient.Answer far = tap(elsewhere, checkIn("APEL", OFFICE.destination(0, 2000), 8));
        assertThat(far.status()).as(far.toString()).isEqualTo(422);
        assertThat(far.code()).isEqualTo("OUTSIDE_GEOFENCE");
    }

    @Test
    void refusesAnApelOutsideItsWindowOrWhereTheOpdHoldsNone() {
        bkpsdmd.run(() -> apels.hold(
                "Apel Subuh Uji", today(), LocalTime.of(0, 0), LocalTime.of(0, 1), fixture.opd, office, true));
        ApiClient.Answer late = tap(fixture.registeredAsn(), checkIn("APEL", OFFICE, 8));
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("OUTSIDE_WINDOW");

        MobileFixture other = new MobileFixture(organization, employees, schedules);
        ApiClient.Answer none = tap(other.registeredAsn(), checkIn("APEL", OFFICE, 8));
        assertThat(none.status()).as(none.toString()).isEqualTo(422);
        assertThat(none.code()).isEqualTo("NO_APEL");
    }

    @Test
    void aCompulsoryApelMissedIsTaOnAWorkingDayAndOnAHoliday() throws SQLException {
        Asn asn = fixture.registeredAsn();
        long base = 700_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        execute("insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date) values ("
                + base + ", " + asn.employeeId() + ", 'CHECK_IN', 'ACCEPTED', timestamptz '2026-02-03 07:20+07',"
                + " date '2026-02-03'), (" + (base + 1) + ", " + asn.employeeId() + ", 'CHECK_OUT', 'ACCEPTED',"
                + " timestamptz '2026-02-03 23:05+07', date '2026-02-03')");
        bkpsdmd.run(() -> apels.hold(
                "Apel Senin Uji",
                LocalDate.of(2026, 2, 3),
                LocalTime.of(7, 0),
                LocalTime.of(7, 30),
                fixture.opd,
                office,
                true));
        bkpsdmd.run(() -> apels.hold(
                "Upacara Uji",
                LocalDate.of(2026, 2, 17),
                LocalTime.of(7, 0),
                LocalTime.of(9, 0),
                fixture.opd,
                office,
                true));
        bkpsdmd.run(() -> apels.hold(
                "Apel Sukarela Uji",
                LocalDate.of(2026, 2, 4),
                LocalTime.of(7, 0),
                LocalTime.of(7, 30),
                fixture.opd,
                office,
                false));

        JsonObject month = asn.phone().get("/attendance?month=2026-02").json();
        List<JsonObject> days = month.getJsonArray("days").getValuesAs(JsonObject.class);
        assertThat(codesOn(days, "2026-02-03")).isEqualTo("[\"H\",\"TA\"]");
        assertThat(percentOn(days, "2026-02-03")).isEqualTo("0.50");
        assertThat(codesOn(days, "2026-02-17")).as("an upacara on Imlek").isEqualTo("[\"LIBUR\",\"TA\"]");
        assertThat(codesOn(days, "2026-02-04")).as("not compulsory: TK only").isEqualTo("[\"TK\"]");
        assertThat(month.getJsonObject("recap").getJsonObject("codes").getInt("TA"))
                .isEqualTo(2);
    }

    @Test
    void onlyBkpsdmdHoldsAnApelForEveryOpdAndAnAdminOpdOnlyForItsOwn() {
        assertRefused(
                () -> diskominfoAdmin.run(() ->
                        apels.hold("Apel Semua", today(), LocalTime.of(7, 0), LocalTime.of(8, 0), null, office, true)),
                "BKPSDMD_ONLY");
        assertRefused(
                () -> diskominfoAdmin.run(() -> apels.hold(
                        "Apel Lain", today(), LocalTime.of(7, 0), LocalTime.of(8, 0), fixture.opd, office, true)),
                "FORBIDDEN_OPD");
        assertRefused(
                () -> bkpsdmd.run(() -> apels.hold(
                        "Apel Terbalik", today(), LocalTime.of(8, 0), LocalTime.of(7, 0), fixture.opd, office, true)),
                "INVALID_APEL");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code().name())
                .isEqualTo(code);
    }

    private static String codesOn(List<JsonObject> days, String date) {
        return dayOf(days, date).getJsonArray("codes").toString();
    }

    private static String percentOn(List<JsonObject> days, String date) {
        return dayOf(days, date)
                .getJsonNumber("deductionPercent")
                .bigDecimalValue()
                .setScale(2)
                .toPlainString();
    }

    private static JsonObject dayOf(List<JsonObject> days, String date) {
        return days.stream()
                .filter(day -> date.equals(day.getString("date")))
                .findFirst()
                .orElseThrow();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
