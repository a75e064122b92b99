package id.go.merangin.sapo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.recap.DisciplineLadder;
import id.go.merangin.sapo.recap.LadderStanding;
import id.go.merangin.sapo.recap.MonthSummary;
import id.go.merangin.sapo.recap.RecapService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's history loaded into the tests' demo regency (clock at 2026-03-02 07:25 WIB: January and February), in a
 * transaction that is rolled back at the end, so that the other tests, which count on the demo without history, never
 * see it: the events land on working days only, inside the office fences, at Ramadan hours in Ramadan; SAPO works the
 * codes out itself (kept in {@code daily_code}, the late minutes as the events keep them); the ladder has a few ASN
 * with TK days, not everyone at the top; a second load adds nothing. Prints how long the load took.
 */
@ExtendWith(ArquillianExtension.class)
class DemoHistoryIT {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(DemoHistoryIT.class);
    }

    @Inject
    DemoHistory history;

    @Inject
    RecapService recaps;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The tests' clock: from 07:25 WIB on 2 March 2026, before that day's Ramadan start of 08:00. */
    @Inject
    Clock clock;

    @Test
    void givesTheDemoMonthsOfHistoryThatSapoWorksOutItself() throws Exception {
        long eventsBefore = count("select count(*) from attendance_event");
        // the other tests' events of today (made through their phones) are there already: this load's are counted apart
        String todaysEvents = "select count(*) from attendance_event where work_date = date '" + TODAY + "'";
        long todayBefore = count(todaysEvents);
        String throughTheApp = " and event_type = 'CHECK_IN' and not manual";
        long todayMadeBefore = count(todaysEvents + throughTheApp);
        transaction.begin();
        try {
            DemoHistory.Outcome first = history.load();
            System.out.printf(
                    "DEMO HISTORY: %d ASN, %s to %s: %d events, %d leave requests, %d problem reports, %d"
                            + " phone moves, %d day codes kept, loaded in %d ms%n",
                    first.people(),
                    first.from(),
                    first.until(),
                    first.events(),
                    first.leaveRequests(),
                    first.problemReports(),
                    first.rebindRequests(),
                    first.daysKept(),
                    first.millis());
            String demo = " employee_id in ("
                    + String.join(
                            ",",
                            first.employeeIds().stream().map(String::valueOf).toList()) + ")";

            assertThat(first.people()).isEqualTo(52);
            assertThat(first.from()).isEqualTo(FIRST);
            assertThat(first.until()).isEqualTo(LAST);
            assertThat(first.events())
                    .as("two events a day for most of 52 ASN on 38 working days")
                    .isBetween(52 * 38 * 2 * 85 / 100, 52 * 38 * 2);
            assertThat(first.leaveRequests()).isGreaterThan(5);
            assertThat(first.problemReports()).isEqualTo(2);
            assertThat(first.rebindRequests()).isEqualTo(1);
            assertThat(first.millis())
                    .as("a gross slowdown only: the 2-core machine is shared")
                    .isLessThan(60_000);

            assertThat(count("select count(*) from attendance_event where" + demo + " and (work_date > date '" + TODAY
                            + "' or work_date < date '" + FIRST + "' or extract(isodow from work_date) > 5"
                            + " or work_date in (select holiday_date from holiday where opd_id is null))"))
                    .as("never a weekend, a holiday or a day to come")
                    .isZero();
            long today = count(todaysEvents) - todayBefore;
            System.out.printf("DEMO HISTORY: %d check-in(s) so far today%n", today);
            assertThat(today)
                    .as("this morning's early check-ins, through the app")
                    .isEqualTo(count(todaysEvents + throughTheApp) - todayMadeBefore);
            assertThat(count(todaysEvents + " and" + demo + " and server_time > timestamptz '" + clock.instant() + "'"))
                    .as("nothing after the clock")
                    .isZero();
            assertThat(count("select count(*) from attendance_event e join office_location l on l.id = e.location_id"
                            + " where e." + demo.strip() + " and e.decision = 'ACCEPTED' and l.radius_m is not null"
                            + " and st_distance(e.position, l.centre) > l.radius_m"))
                    .as("PostGIS finds every accepted position inside its circle")
                    .isZero();
            assertThat(count("select count(*) from attendance_event where" + demo + " and decision = 'ACCEPTED'"
                            + " and position is null and not manual"))
                    .isZero();
            double ramadan = minutesOfDay("work_date between date '2026-02-19' and date '2026-03-01'", demo);
            double january = minutesOfDay("work_date between date '2026-01-01' and date '2026-01-31'", demo);
            assertThat(ramadan - january)
                    .as("check-ins follow Ramadan's 08:00 start")
                    .isBetween(20.0, 40.0);

            Map<String, Long> kinds = kinds(demo);
            System.out.println("DEMO HISTORY: kept day codes " + kinds);
            long working = kinds.getOrDefault("PRESENT", 0L)
                    + kinds.getOrDefault("TK", 0L)
                    + kinds.getOrDefault("EXCUSED", 0L);
            assertThat(kinds.values().stream().mapToLong(Long::longValue).sum())
                    .as("every day of every demo ASN")
                    .isEqualTo(52L * 60);
            assertThat(working).isEqualTo(52L * 38);
            assertThat(kinds.get("PRESENT")).isGreaterThan(working * 90 / 100);
            assertThat(kinds.get("TK")).as("a few TK days").isBetween(1L, working / 100);
            assertThat(count("select count(*) from daily_code where" + demo + " and leave_type = 'CUTI_SAKIT'"))
                    .as("a sick week")
                    .isEqualTo(5);
            assertThat(count("select count(*) from daily_code where" + demo + " and lateness_tier is not null"))
                    .as("some late mornings")
                    .isGreaterThan(20);
            assertThat(count("select count(*) from attendance_event e join daily_code d on d.employee_id ="
                            + " e.employee_id and d.work_date = e.work_date where e." + demo.strip()
                            + " and e.event_type = 'CHECK_IN' and e.decision = 'ACCEPTED'"
                            + " and d.late_minutes <> e.late_minutes"))
                    .as("the codes read the same minutes")
                    .isZero();

            List<LadderStanding> ladder = ladder(first.employeeIds());
            long atAStep = ladder.stream()
                    .filter(standing -> standing.stepReached().isPresent())
                    .count();
            System.out.printf(
                    "DEMO HISTORY: ladder in March: %d of %d ASN at a step, TK days %s%n",
                    atAStep,
                    ladder.size(),
                    ladder.stream()
                            .map(LadderStanding::absentDays)
                            .filter(days -> days > 0)
                            .toList());
            assertThat(ladder)
                    .allSatisfy(standing -> assertThat(standing.absentDays()).isLessThan(6));
            assertThat(atAStep)
                    .as("two months in, most ASN are nowhere near a step")
                    .isLessThan(6);

            DemoHistory.Outcome second = history.load();
            assertThat(second.added()).as("a second start adds nothing").isZero();
            assertThat(kinds(demo)).isEqualTo(kinds);
        } finally {
            transaction.rollback();
        }
        assertThat(count("select count(*) from attendance_event"))
                .as("rolled back for the other tests")
                .isEqualTo(eventsBefore);
    }

    private List<LadderStanding> ladder(List<Long> ids) {
        List<Employee> staff = em.createQuery(
                        "select e from Employee e join fetch e.opd where e.id in :ids", Employee.class)
                .setParameter("ids", ids)
                .getResultList();
        List<Map<Long, MonthSummary>> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2026, 1);
                !month.isAfter(YearMonth.of(2026, 2));
                month = month.plusMonths(1)) {
            months.add(recaps.monthsOf(staff, month, recaps.rulesFor(month)));
        }
        return staff.stream()
                .map(employee -> DisciplineLadder.DEFAULT.standingOf(
                        Year.of(2026),
                        months.stream().map(month -> month.get(employee.id())).toList()))
                .toList();
    }

    private Map<String, Long> kinds(String demo) {
        Map<String, Long> kinds = new TreeMap<>();
        List<?> rows = em.createNativeQuery("select kind, count(*) from daily_code where" + demo
                        + " and work_date between date '" + FIRST + "' and date '" + LAST + "' group by kind")
                .getResultList();
        rows.forEach(row -> kinds.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()));
        return kinds;
    }

    private double minutesOfDay(String when, String demo) {
        return ((Number) em.createNativeQuery("select avg(extract(epoch from (server_time at time zone"
                                + " 'Asia/Jakarta')::time) / 60) from attendance_event where" + demo + " and " + when
                                + " and event_type = 'CHECK_IN' and decision = 'ACCEPTED'")
                        .getSingleResult())
                .doubleValue();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
