package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.attendance.Lateness;
import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.schedule.WorkWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live board (Dasbor) with 6,000 more ASN in the database: one OPD of 6,000 whose morning is known row by row
 * (4,500 in at known minutes, 300 refused attempts, 200 on approved leave), checked against what the board shows,
 * and the time the board takes to answer, printed for the issue note. An admin OPD's board shows its OPD alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardIT extends AdminScreenTest {

    private static final int ASN = 6000;
    private static final int CHECKED_IN = 4500;
    private static final int REFUSED = 300;
    private static final int ON_LEAVE = 200;
    private static final long BASE_ID = 900_000_000L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    /** The day the test server lives in: its clock starts at sapo.test.clock.start, in WIB. */
    private static LocalDate today() {
        return Instant.parse(System.getProperty("sapo.test.clock.start"))
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toLocalDate();
    }

    private static String grouped(int count) {
        return String.format(java.util.Locale.forLanguageTag("id"), "%,d", count);
    }

    /** The i-th check-in's time: 07:00 + (i % 150) minutes. */
    private static LocalTime checkIn(int i) {
        return LocalTime.of(7, 0).plusMinutes(i % 150);
    }

    /** Minutes late of the i-th check-in, worked out by {@link Lateness} on the regency's standard week. */
    private static int lateMinutes(int i) {
        return Lateness.lateMinutes(WorkWeek.standard().on(today()).orElseThrow(), checkIn(i));
    }

    /** The late minutes of check-ins 1 to {@value #CHECKED_IN}, as a PostgreSQL array indexed by i. */
    private static String lateMinutesByIndex() {
        return IntStream.rangeClosed(1, CHECKED_IN)
                .mapToObj(i -> Integer.toString(lateMinutes(i)))
                .collect(Collectors.joining(",", "'{", "}'::int[]"));
    }

    @BeforeAll
    static void sixThousandAsnAndTheirMorning() {
        String day = today().toString();
        TestDatabase.execute(
                "insert into opd (id, code, name, self_activation, zone_id, active) values (" + BASE_ID
                        + ", 'BENCH-BOARD', 'Dinas Uji Dasbor', false, 'Asia/Jakarta', true) on conflict do nothing",
                "insert into employee (id, nip, name, birth_date, sex, position, rank_name, opd_id, active)"
                        + " select " + BASE_ID
                        + " + i, to_char(date '1960-01-01' + i, 'YYYYMMDD') || '200001' || '1999',"
                        + " 'ASN Dasbor ' || i, date '1960-01-01' + i, 'MALE', 'Pelaksana', 'Pengatur (II/c)', "
                        + BASE_ID + ", true from generate_series(1, " + ASN + ") i on conflict do nothing",
                "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date,"
                        + " late_minutes) select " + BASE_ID + " + i, " + BASE_ID + " + i, 'CHECK_IN', 'ACCEPTED',"
                        + " timestamptz '" + day + " 07:00+07' + (i % 150) * interval '1 minute', date '" + day
                        + "', (" + lateMinutesByIndex() + ")[i] from generate_series(1, " + CHECKED_IN + ") i"
                        + " on conflict do nothing",
                "insert into attendance_event (id, employee_id, event_type, decision, reason_code, server_time,"
                        + " work_date) select " + BASE_ID + " + i, " + BASE_ID + " + i, 'CHECK_IN', 'REFUSED',"
                        + " 'OUTSIDE_GEOFENCE', timestamptz '" + day + " 07:10+07', date '" + day + "'"
                        + " from generate_series(" + (CHECKED_IN + 1) + ", " + (CHECKED_IN + REFUSED) + ") i"
                        + " on conflict do nothing",
                "insert into leave_request (id, employee_id, leave_type, start_date, end_date, reason, state,"
                        + " decided_by, decided_at, created_at) select " + BASE_ID + " + i, " + BASE_ID + " + i,"
                        + " 'DINAS_LUAR', date '" + day + "', date '" + day + "', 'Rapat di provinsi', 'APPROVED',"
                        + " 'admin.uji', now(), now() from generate_series(" + (CHECKED_IN + REFUSED + 1) + ", "
                        + (CHECKED_IN + REFUSED + ON_LEAVE) + ") i on conflict do nothing");
    }

    /**
     * Takes the 6,000 away again (their OPD stays, empty: it may sit in the server's cache), so that the suite's
     * other tests find the database they expect whatever order they run in: a recap or the ladder kept for every
     * active ASN would otherwise work out 6,000 more ASN's days.
     */
    @AfterAll
    static void takeTheSixThousandAway() {
        String theirs = " where employee_id between " + (BASE_ID + 1) + " and " + (BASE_ID + ASN);
        TestDatabase.execute(
                "delete from daily_code" + theirs,
                "delete from leave_request" + theirs,
                "delete from problem_report" + theirs,
                "delete from attendance_event" + theirs,
                "delete from employee where opd_id = " + BASE_ID);
    }

    @Test
    void countsSixThousandAsnAsTheirMorningWent() {
        Map<LatenessTier, Integer> tiers = new EnumMap<>(LatenessTier.class);
        int onTime = 0;
        for (int i = 1; i <= CHECKED_IN; i++) {
            var tier = LatenessTier.forMinutes(lateMinutes(i), TierBands.DEFAULT);
            if (tier.isPresent()) {
                tiers.merge(tier.get(), 1, Integer::sum);
            } else {
                onTime++;
            }
        }

        browser.logIn("bkpsdmd", DEMO_PASSWORD);
        String row = browser.rowContaining("board:opds", "Dinas Uji Dasbor");

        // OPD, ASN, in, on time, TL1..TL4, not yet in, on leave, refused, %
        // counts grouped and the percentage with a decimal comma, as an Indonesian officer reads them
        assertThat(row.split("\\s+(?=\\d)"))
                .containsSubsequence(
                        "Dinas Uji Dasbor",
                        "6.000",
                        "4.500",
                        grouped(onTime),
                        grouped(tiers.getOrDefault(LatenessTier.TL1, 0)),
                        grouped(tiers.getOrDefault(LatenessTier.TL2, 0)),
                        grouped(tiers.getOrDefault(LatenessTier.TL3, 0)),
                        grouped(tiers.getOrDefault(LatenessTier.TL4, 0)),
                        "1.300",
                        "200",
                        "300",
                        "78,0 %");
        assertThat(browser.text("board:live")).contains(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat((Boolean) browser.script("return document.querySelector('#board\\\\:chart canvas') != null"))
                .isTrue();
        browser.screenshot("dasbor-bkpsdmd");
    }

    @Test
    void refreshesItselfWithoutReloadingThePage() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD);
        browser.script("window.sapoMarker = 'still here';");
        String before = browser.text("board:asOf");

        sleepAboutASecond();
        browser.click("board:refresh");

        assertThat(browser.script("return window.sapoMarker")).isEqualTo("still here");
        assertThat(browser.text("board:asOf")).isNotEqualTo(before);
    }

    @Test
    void showsAnAdminOpdItsOwnOpdOnly() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.text("board:opds"))
                .contains("Dinas Komunikasi dan Informatika")
                .doesNotContain("Dinas Uji Dasbor")
                .doesNotContain("Dinas Kesehatan");
        browser.screenshot("dasbor-admin-opd");
    }

    /**
     * How long the board takes to answer, as the browser measures it (request sent to last byte received), for
     * BKPSDMD over every OPD (6,000+ ASN) against an admin OPD over one small OPD in the same run.
     */
    @Test
    void answersWithinASecondWithSixThousandAsn() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD);
        List<Long> regency = serverTimes(10);
        try (AdminBrowser small = new AdminBrowser()) {
            small.logIn("admin.diskominfo", DEMO_PASSWORD);
            List<Long> oneOpd = serverTimesOf(small, 10);
            long employees = TestDatabase.number("select count(*) from employee");
            System.out.printf(
                    "BOARD: %d ASN in the database; board page answered (ms, median/max of 10):"
                            + " BKPSDMD all OPDs %d/%d, admin OPD one OPD %d/%d; ratio %.2f%n",
                    employees,
                    median(regency),
                    max(regency),
                    median(oneOpd),
                    max(oneOpd),
                    (double) median(regency) / Math.max(1, median(oneOpd)));
            assertThat(employees).isGreaterThanOrEqualTo(ASN);
            assertThat(median(regency)).as("median board answer in ms").isLessThan(1000);
        }
    }

    /** The board's time has seconds: a refresh a second later must show a later time. */
    private static void sleepAboutASecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Long> serverTimes(int runs) {
        return serverTimesOf(browser, runs);
    }

    private static List<Long> serverTimesOf(AdminBrowser on, int runs) {
        List<Long> times = new ArrayList<>();
        on.open("/index.xhtml");
        for (int i = 0; i < runs; i++) {
            on.open("/index.xhtml");
            times.add(((Number) on.script("var t = performance.getEntriesByType('navigation')[0];"
                            + " return Math.round(t.responseEnd - t.requestStart);"))
                    .longValue());
        }
        return times;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static long max(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
