package id.go.merangin.sapo.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.attendance.AttendanceReview;
import id.go.merangin.sapo.attendance.Lateness;
import id.go.merangin.sapo.attendance.ReviewFilter;
import id.go.merangin.sapo.attendance.ReviewRow;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.leave.LeaveReview;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.problem.ProblemReportReview;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.security.AsDiskominfoAdmin;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole past month of one ASN, written day by day, gives the recap the rules say, through the ASN's own
 * {@code GET /attendance?month=}: February 2026 on an every-day schedule 07:30–23:00 with two holidays (cuti bersama
 * and Imlek), one day on time, one 35 minutes late (TL2), one 10 minutes late but made up, one day of approved izin,
 * and every other working day empty (TK). Approving a request for one of those days afterwards changes the recap;
 * once BKPSDMD locks the month nothing changes it until BKPSDMD unlocks it.
 */
@ExtendWith(ArquillianExtension.class)
class MonthRecapIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(MonthRecapIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    LeaveReview leaves;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AsDiskominfoAdmin diskominfoAdmin;

    @Inject
    MonthClose close;

    @Inject
    RuleSetAdministration deductionRules;

    @Inject
    LadderQueries ladder;

    @Inject
    RecapRun run;

    @Inject
    AttendanceReview review;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    RecapQueries recaps;

    @Inject
    ProblemReportReview problems;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private MobileFixture fixture;
    private MobileFixture.Asn asn;
    private long base;

    @BeforeEach
    void aMonthOfDays() throws SQLException {
        fixture = new MobileFixture(organization, employees, schedules);
        asn = fixture.registeredAsn();
        base = 600_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        execute(
                event(1, "CHECK_IN", "2026-02-02 07:30+07"), event(2, "CHECK_OUT", "2026-02-02 23:00+07"),
                event(3, "CHECK_IN", "2026-02-03 08:05+07"), event(4, "CHECK_OUT", "2026-02-03 23:00+07"),
                event(5, "CHECK_IN", "2026-02-04 07:40+07"), event(6, "CHECK_OUT", "2026-02-04 23:15+07"),
                leave(7, "2026-02-05", "APPROVED"), leave(8, "2026-02-06", "PENDING"));
    }

    @Test
    void showsTheAsnTheMonthAsTheRulesPriceIt() {
        JsonObject recap = month().getJsonObject("recap");

        assertThat(recap.getInt("workingDays")).isEqualTo(26);
        assertThat(recap.getInt("presentDays")).isEqualTo(3);
        assertThat(recap.getJsonObject("codes").getInt("H")).isEqualTo(2);
        assertThat(recap.getJsonObject("codes").getInt("TL2")).isEqualTo(1);
        assertThat(recap.getJsonObject("codes").getInt("IZIN")).isEqualTo(1);
        assertThat(recap.getJsonObject("codes").getInt("LIBUR")).isEqualTo(2);
        assertThat(recap.getJsonObject("codes").getInt("TK")).isEqualTo(22);
        assertThat(recap.getJsonNumber("deductionPercent").bigDecimalValue()).isEqualByComparingTo("67.00");
        assertThat(recap.getString("rulesVersion")).isEqualTo("DEFAULT");
        assertThat(recap.getBoolean("provisional")).isFalse();
        List<JsonObject> days = month().getJsonArray("days").getValuesAs(JsonObject.class);
        assertThat(codesOn(days, "2026-02-03")).isEqualTo("[\"TL2\"]");
        assertThat(codesOn(days, "2026-02-04")).as("10 minutes late, made up").isEqualTo("[\"H\"]");
        JsonObject madeUp = days.stream()
                .filter(day -> "2026-02-04".equals(day.getString("date")))
                .findFirst()
                .orElseThrow();
        assertThat(madeUp.getInt("lateMinutes"))
                .as("the minutes that count, as the recap counts them")
                .isZero();
        assertThat(madeUp.get("lateTier") == null || madeUp.isNull("lateTier"))
                .as("no TL1 beside an H")
                .isTrue();
        JsonObject late = days.stream()
                .filter(day -> "2026-02-03".equals(day.getString("date")))
                .findFirst()
                .orElseThrow();
        assertThat(late.getInt("lateMinutes")).isEqualTo(35);
        assertThat(late.getString("lateTier")).isEqualTo("TL2");
        assertThat(codesOn(days, "2026-02-17")).isEqualTo("[\"LIBUR\"]");
    }

    @Test
    void theReviewShowsEachEventWithTheTierOfItsDay() {
        month();
        List<ReviewRow> checkIns = bkpsdmd.call(() -> review.page(
                0,
                10,
                new ReviewFilter(
                        null,
                        LocalDate.of(2026, 2, 2),
                        LocalDate.of(2026, 2, 6),
                        null,
                        AttendanceEventType.CHECK_IN,
                        false,
                        asn.nip())));

        assertThat(checkIns)
                .extracting(row -> row.workDate() + " " + row.lateMinutes() + " " + row.tier())
                .containsExactly("2026-02-04 10 null", "2026-02-03 35 TL2", "2026-02-02 0 null");
    }

    @Test
    void approvingARequestAfterTheFactChangesTheRecap() {
        bkpsdmd.run(() -> leaves.decide(base + 8, true, "Surat izin menyusul"));

        JsonObject recap = month().getJsonObject("recap");
        assertThat(recap.getJsonObject("codes").getInt("TK")).isEqualTo(21);
        assertThat(recap.getJsonObject("codes").getInt("IZIN")).isEqualTo(2);
        assertThat(recap.getJsonNumber("deductionPercent").bigDecimalValue()).isEqualByComparingTo("64.00");
        assertThat(keptCode("2026-02-06")).as("kept again at the approval").isEqualTo("EXCUSED IZIN");
    }

    @Test
    void aGeneratedMonthOfAnOpdGivesTheExpectedForm() throws SQLException {
        MobileFixture.Asn always = fixture.masterRecord();
        MobileFixture.Asn lateAndEarly = fixture.masterRecord();
        execute(
                everyWorkingDay(always, "CHECK_IN", "07:30", 1000),
                everyWorkingDay(always, "CHECK_OUT", "23:00", 2000),
                everyWorkingDay(lateAndEarly, "CHECK_IN", "08:31", 3000),
                everyWorkingDay(lateAndEarly, "CHECK_OUT", "22:00", 4000));
        long opdId = bkpsdmd.call(() -> organization.opdsInReach().stream()
                .filter(opd -> opd.code().equals(fixture.opd))
                .findFirst()
                .orElseThrow()
                .id());

        RecapReport report = bkpsdmd.call(() -> recaps.report(opdId, FEBRUARY));

        assertThat(report.sections()).hasSize(1);
        RecapReport.Section section = report.sections().get(0);
        MonthRecapView first = lineOf(report, asn).recap();
        MonthRecapView second = lineOf(report, always).recap();
        MonthRecapView third = lineOf(report, lateAndEarly).recap();
        assertThat(first.deductionPercent()).isEqualByComparingTo("67.00");
        assertThat(second.codes().get("H")).isEqualTo(26);
        assertThat(second.deductionPercent()).isEqualByComparingTo("0.00");
        assertThat(third.codes().get("TL3")).as("61 minutes late").isEqualTo(26);
        assertThat(third.codes().get("PSW2")).as("60 minutes early").isEqualTo(26);
        assertThat(third.lateMinutesAfterMakeUp()).isEqualTo(26 * 61);
        assertThat(third.earlyLeaveMinutes()).isEqualTo(26 * 60);
        assertThat(third.deductionPercent()).as("26 days at 1.25 + 1.00").isEqualByComparingTo("58.50");
        assertThat(section.totals().employees()).isEqualTo(3);
        assertThat(section.totals().workingDays()).isEqualTo(78);
        assertThat(section.totals().presentDays()).isEqualTo(55);
        assertThat(section.totals().absentDays()).isEqualTo(22);
        assertThat(section.totals().averageDeductionPercent()).isEqualByComparingTo("41.83");
        assertThat(report.rulesVersion()).isEqualTo("DEFAULT");
        assertThat(report.locked()).isFalse();
        assertRefused(() -> diskominfoAdmin.call(() -> recaps.report(opdId, FEBRUARY)), "FORBIDDEN_OPD");
    }

    private static RecapReport.Line lineOf(RecapReport report, MobileFixture.Asn asn) {
        return report.lines().stream()
                .filter(line -> line.nip().equals(asn.nip()))
                .findFirst()
                .orElseThrow();
    }

    /** The ASN's event of {@code type} at {@code time} on every working day of February (all but the holidays). */
    private String everyWorkingDay(MobileFixture.Asn who, String type, String time, int offset) {
        return "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date)"
                + " select " + base + " + " + offset + " + extract(day from d)::int, " + who.employeeId() + ", '"
                + type + "', 'ACCEPTED', (d::date + time '" + time + "') at time zone 'Asia/Jakarta', d::date"
                + " from generate_series(date '2026-02-01', date '2026-02-28', interval '1 day') d"
                + " where d::date not in (date '2026-02-16', date '2026-02-17')";
    }

    @Test
    void aManualAttendanceAfterTheFactIsKeptAtOnce() throws SQLException {
        month();
        assertThat(keptCode("2026-02-10")).isEqualTo("TK null");
        execute(
                "insert into attendance_event (id, employee_id, event_type, decision, reason_code, server_time,"
                        + " work_date) values (" + (base + 20) + ", " + asn.employeeId() + ", 'CHECK_IN', 'REFUSED',"
                        + " 'OUTSIDE_GEOFENCE', timestamptz '2026-02-10 07:20+07', date '2026-02-10')",
                "insert into problem_report (id, employee_id, category, message, attempt_id, status, created_at)"
                        + " values (" + (base + 21) + ", " + asn.employeeId() + ", 'LOKASI_GPS', 'GPS melompat', "
                        + (base + 20) + ", 'OPEN', now())");

        bkpsdmd.run(() -> problems.recordManualAttendance(base + 21, "Hadir, dilihat atasan"));

        assertThat(keptCode("2026-02-10")).as("kept again at once").isEqualTo("PRESENT null");
        JsonObject recap = month().getJsonObject("recap");
        assertThat(recap.getJsonObject("codes").getInt("TK")).isEqualTo(21);
        assertThat(recap.getJsonObject("codes").getInt("PSW4"))
                .as("no CHECK_OUT that day")
                .isEqualTo(1);
        assertThat(recap.getJsonNumber("deductionPercent").bigDecimalValue()).isEqualByComparingTo("65.50");
    }

    @Test
    void keepsEachDayThatIsOverAndTheLadderCountsThem() {
        month();
        assertThat(keptCode("2026-02-03")).isEqualTo("PRESENT null");
        assertThat(keptCode("2026-02-09")).isEqualTo("TK null");
        assertThat(keptCode("2026-02-17")).isEqualTo("HOLIDAY null");

        bkpsdmd.run(() -> run.keepMissing(Year.of(2026)));
        long onLadder = bkpsdmd.call(() -> ladder.count(Year.of(2026), 1, asn.nip()));
        assertThat(onLadder).isEqualTo(1);
        LadderQueries.LadderRow row = bkpsdmd.call(() -> ladder.page(Year.of(2026), 1, asn.nip(), 0, 10))
                .get(0);
        assertThat(row.standing().absentDays())
                .as("29 TK in January, 22 in February, and 1 March")
                .isEqualTo(52);
        assertThat(row.standing().lateAndEarlyMinutes())
                .as("35 minutes late on the 3rd")
                .isEqualTo(35);
        assertThat(row.standing().stepReached()).hasValue(28);
        assertRefused(() -> diskominfoAdmin.run(() -> ladder.count(Year.of(2026), 1, null)), "BKPSDMD_ONLY");
    }

    @Test
    void lockingTheMonthFreezesItUntilBkpsdmdUnlocksIt() {
        assertRefused(() -> diskominfoAdmin.run(() -> close.lock(FEBRUARY)), "BKPSDMD_ONLY");
        assertRefused(() -> bkpsdmd.run(() -> close.lock(YearMonth.of(2026, 3))), "MONTH_NOT_OVER");
        bkpsdmd.run(() -> close.lock(FEBRUARY));
        try {
            assertRefused(() -> bkpsdmd.run(() -> leaves.decide(base + 8, true, "Terlambat")), "MONTH_LOCKED");
            ApiClient.Answer late = asn.phone()
                    .post(
                            "/leave-requests",
                            Json.createObjectBuilder()
                                    .add("type", "SAKIT")
                                    .add("startDate", "2026-02-09")
                                    .add("endDate", "2026-02-09")
                                    .add("reason", "Demam")
                                    .build());
            assertThat(late.status()).as(late.toString()).isEqualTo(409);
            assertThat(late.code()).isEqualTo("MONTH_LOCKED");
            assertThat(month().getJsonObject("recap").getJsonObject("codes").getInt("TK"))
                    .isEqualTo(22);
            assertRefused(
                    () -> bkpsdmd.run(() ->
                            schedules.declareHoliday(LocalDate.of(2026, 2, 9), HolidayType.NATIONAL, "Libur susulan")),
                    "MONTH_LOCKED");
        } finally {
            bkpsdmd.run(() -> close.unlock(FEBRUARY));
        }
        bkpsdmd.run(() -> leaves.decide(base + 8, true, "Dibuka kembali"));
        assertThat(month().getJsonObject("recap").getJsonObject("codes").getInt("TK"))
                .isEqualTo(21);
        assertRefused(() -> bkpsdmd.run(() -> close.unlock(FEBRUARY)), "MONTH_NOT_LOCKED");
    }

    @Test
    void aLockedMonthKeepsThePricesItWasLockedWith() throws SQLException {
        String version = "UJI-" + base;
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(RuleSet.DEFAULT.percents());
        percents.put(DeductionCode.TK, new BigDecimal("4.00"));
        bkpsdmd.run(() -> close.lock(FEBRUARY));
        try {
            // a version BKPSDMD adds afterwards, taking effect from January: February stays as it was locked
            bkpsdmd.run(() -> deductionRules.add(
                    new RuleSet(version, LocalDate.of(2026, 1, 1), percents, new BigDecimal("100.00"))));
            JsonObject locked = month().getJsonObject("recap");
            assertThat(locked.getString("rulesVersion")).isEqualTo("DEFAULT");
            assertThat(keptTier("2026-02-03")).as("its kept days too").isEqualTo("TL2 DEFAULT");
            assertThat(locked.getJsonNumber("deductionPercent").bigDecimalValue())
                    .isEqualByComparingTo("67.00");

            // opened again, it is priced by the version in force on its first day: 1.00 (TL2) + 22 × 4.00 (TK)
            bkpsdmd.run(() -> close.unlock(FEBRUARY));
            JsonObject reopened = month().getJsonObject("recap");
            assertThat(reopened.getString("rulesVersion")).isEqualTo(version);
            assertThat(reopened.getJsonNumber("deductionPercent").bigDecimalValue())
                    .isEqualByComparingTo("89.00");
        } finally {
            if (bkpsdmd.call(() -> close.isLocked(FEBRUARY))) {
                bkpsdmd.run(() -> close.unlock(FEBRUARY));
            }
            removeVersion(version);
        }
    }

    @Test
    void aNewVersionWorksOutTheKeptDaysAgainUnderItsOwnNumbers() throws SQLException {
        assertThat(month().getJsonObject("recap")
                        .getJsonNumber("deductionPercent")
                        .bigDecimalValue())
                .isEqualByComparingTo("67.00");
        assertThat(keptTier("2026-02-03")).isEqualTo("TL2 DEFAULT");
        String version = "UJI-" + base;
        DayRules stricter = new DayRules(new TierBands(5, 20, 40), false, 0, DisciplineLadder.DEFAULT);
        try {
            // from February: narrower bands, no make-up, a day of izin costs its whole share of the allowance
            bkpsdmd.run(() -> deductionRules.add(new RuleSet(
                    version,
                    LocalDate.of(2026, 2, 1),
                    RuleSet.DEFAULT.percents(),
                    new BigDecimal("100"),
                    Map.of(LeaveType.IZIN, new BigDecimal("100")),
                    stricter,
                    RuleSet.DEFAULT.integrity())));

            JsonObject february = month();
            List<JsonObject> days = february.getJsonArray("days").getValuesAs(JsonObject.class);
            assertThat(codesOn(days, "2026-02-03")).as("35 minutes late").isEqualTo("[\"TL3\"]");
            assertThat(codesOn(days, "2026-02-04"))
                    .as("10 minutes late, no make-up any more")
                    .isEqualTo("[\"TL2\"]");
            JsonObject recap = february.getJsonObject("recap");
            assertThat(recap.getString("rulesVersion")).isEqualTo(version);
            // TL3 1.25 + TL2 1.00 + izin 1/26 of 100 % (3.85) + 22 TK x 3.00
            assertThat(recap.getJsonNumber("deductionPercent").bigDecimalValue())
                    .isEqualByComparingTo("72.10");
            assertThat(keptTier("2026-02-03"))
                    .as("kept with the version it was worked out by")
                    .isEqualTo("TL3 " + version);
        } finally {
            removeVersion(version);
        }
        assertThat(month().getJsonObject("recap")
                        .getJsonNumber("deductionPercent")
                        .bigDecimalValue())
                .isEqualByComparingTo("67.00");
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code().name())
                .isEqualTo(code);
    }

    private JsonObject month() {
        ApiClient.Answer answer = asn.phone().get("/attendance?month=2026-02");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String codesOn(List<JsonObject> days, String date) {
        return days.stream()
                .filter(day -> date.equals(day.getString("date")))
                .findFirst()
                .orElseThrow()
                .getJsonArray("codes")
                .toString();
    }

    /**
     * An accepted event of the test's ASN at {@code at} ("2026-02-03 08:05+07"), its late minutes worked out by
     * {@link Lateness} on the fixture's hours as the check-in would have (a check-out has none).
     */
    private String event(int n, String type, String at) {
        LocalDate day = LocalDate.parse(at.substring(0, 10));
        Integer late = "CHECK_IN".equals(type)
                ? Lateness.lateMinutes(MobileFixture.WEEK.on(day).orElseThrow(), LocalTime.parse(at.substring(11, 16)))
                : null;
        return "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date,"
                + " late_minutes) values (" + (base + n) + ", " + asn.employeeId() + ", '" + type + "', 'ACCEPTED',"
                + " timestamptz '" + at + "', date '" + day + "', " + late + ")";
    }

    private String leave(int n, String date, String state) {
        return "insert into leave_request (id, employee_id, leave_type, start_date, end_date, reason, state,"
                + " decided_by, decided_at, created_at) values (" + (base + n) + ", " + asn.employeeId() + ", 'IZIN',"
                + " date '" + date + "', date '" + date + "', 'Urusan keluarga', '" + state + "', "
                + ("APPROVED".equals(state) ? "'admin.uji', now()" : "null, null") + ", now())";
    }

    /** Removes a test version and what was worked out with it; the other tests work the demo out by the defaults. */
    private void removeVersion(String version) throws SQLException {
        execute(
                "delete from rule_set_ladder_step where rule_set_id in (select id from rule_set where version = '"
                        + version + "')",
                "delete from rule_set_leave_cost where rule_set_id in (select id from rule_set where version = '"
                        + version + "')",
                "delete from rule_set where version = '" + version + "'",
                "update days_version set version = version + 1");
        bkpsdmd.run(() -> daysChanged.fire(DaysChanged.ofEveryone(LocalDate.of(2026, 1, 1), DaysChanged.END_OF_TIME)));
    }

    /** The kept lateness tier and rules version of the ASN's {@code date}, as "TL2 DEFAULT". */
    private String keptTier(String date) {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(lateness_tier, '-') || ' ' || rules_version"
                        + " from daily_code where employee_id = " + asn.employeeId() + " and work_date = date '"
                        + date + "'")) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kept kind and leave type of the ASN's {@code date}, as "KIND TYPE". */
    private String keptCode(String date) {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select kind || ' ' || coalesce(leave_type, 'null') from daily_code"
                        + " where employee_id = " + asn.employeeId() + " and work_date = date '" + date + "'")) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
