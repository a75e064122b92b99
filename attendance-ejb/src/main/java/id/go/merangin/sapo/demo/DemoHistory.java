package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.attendance.CandidateFence;
import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.demo.DemoHistoryPlan.Person;
import id.go.merangin.sapo.demo.DemoHistoryPlan.Plan;
import id.go.merangin.sapo.demo.DemoHistoryRows.Attendance;
import id.go.merangin.sapo.demo.DemoHistoryRows.Leave;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.recap.MonthCloseRepository;
import id.go.merangin.sapo.recap.RecapService;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.DayPlans;
import id.go.merangin.sapo.schedule.HolidayRepository;
import id.go.merangin.sapo.schedule.WorkScheduleRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Gives the demo regency its months of history up to the demo's now ({@code SAPO_DEMO_HISTORY=true}, which the
 * run command sets; the tests keep it off): the raw facts of {@link DemoHistoryPlan} (accepted check-ins and
 * check-outs, leave requests, a few open reports and a phone move) written a batch per statement, then every demo
 * ASN's days worked out and kept by {@link RecapService#recompute} as after any change in the past, so that the
 * recap and the ladder read codes the system worked out itself. Only what is missing is added (a day's event of a
 * type already there, a leave request overlapping one already there, the pending items once), so a second start
 * adds nothing and a later start only the days in between. Runs in its caller's transaction.
 */
@Stateless
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);

    /** What a load added, and how long it took. */
    public record Outcome(
            List<Long> employeeIds,
            LocalDate from,
            LocalDate until,
            int events,
            int leaveRequests,
            int problemReports,
            int rebindRequests,
            int daysKept,
            long millis) {

        public int people() {
            return employeeIds.size();
        }

        public int added() {
            return events + leaveRequests + problemReports + rebindRequests;
        }
    }

    @Inject
    EmployeeRepository employees;

    @Inject
    DemoHistoryStore store;

    @Inject
    DayPlans plans;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    RecapService recaps;

    @Inject
    MonthCloseRepository locks;

    @Inject
    GeofencePolicy geofence;

    @Inject
    Clock clock;

    /**
     * Adds what is missing of the demo ASN's history up to now (today's check-ins made so far by the ASN who use the
     * app) and keeps the codes of their days up to yesterday.
     */
    public Outcome load() {
        long start = System.nanoTime();
        LocalDate today = clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
        LocalDate from = recaps.period().first().atDay(1);
        LocalDate yesterday = today.minusDays(1);
        if (yesterday.isBefore(from)) {
            return new Outcome(List.of(), from, yesterday, 0, 0, 0, 0, 0, 0);
        }
        Map<String, String> registration = new HashMap<>();
        DemoDataLoader.read("employees.csv", row -> registration.put(row.get("nip"), row.get("registered")));
        List<Employee> staff = employees.activeByNips(registration.keySet());
        // the year from the first recap day: leave is placed on it whole, whatever today is
        LocalDate end = from.plusYears(1).minusDays(1);
        List<Person> people = new ArrayList<>();
        Map<Long, Employee> byId = new LinkedHashMap<>();
        Set<Long> withOwnSchedule = Set.copyOf(schedules.withPersonalScheduleBetween(from, end));
        Map<List<Long>, List<DayPlan>> opdDays = new HashMap<>();
        for (Employee employee : staff) {
            Opd opd = employee.opd();
            // as DayPlans works a day out: once per OPD, unless the ASN has a schedule of their own
            List<DayPlan> days = withOwnSchedule.contains(employee.id())
                    ? plans.between(employee.id(), opd, from, end)
                    : opdDays.computeIfAbsent(
                            opd.selfAndParentIds(),
                            chain -> DayPlan.span(
                                    schedules.sharedBetween(chain, from, end),
                                    holidays.applyingBetween(chain, from, end),
                                    chain,
                                    from,
                                    end));
            List<CandidateFence> fences = locations.usableBy(opd, yesterday).stream()
                    .map(location -> new CandidateFence(location.id(), location.name(), location.toFence()))
                    .toList();
            people.add(new Person(
                    employee.id(),
                    employee.nip().toString(),
                    !"false".equals(registration.get(employee.nip().toString())),
                    fences,
                    days));
            byId.put(employee.id(), employee);
        }
        long planning = System.nanoTime();
        Plan plan = new DemoHistoryPlan(DemoHistoryPlan.DEMO_SEED, geofence)
                .asOf(clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDateTime(), people);
        Set<YearMonth> locked = locks.lockedBetween(from, yesterday);
        List<Attendance> attendance = plan.attendance().stream()
                .filter(day -> !locked.contains(YearMonth.from(day.date())))
                .toList();
        List<Leave> leave = plan.leave().stream()
                .filter(l -> !locked.contains(YearMonth.from(l.firstDay())))
                .toList();
        long writing = System.nanoTime();
        DemoHistoryStore.Added added = store.addMissing(byId, attendance, leave, plan.reports(), plan.rebinds());
        long working = System.nanoTime();
        int kept = 0;
        if (added.facts() > 0) {
            kept = recaps.recompute(staff, from, yesterday);
        }
        Outcome outcome = new Outcome(
                List.copyOf(byId.keySet()),
                from,
                yesterday,
                added.events(),
                added.leaveRequests(),
                added.problemReports(),
                added.rebindRequests(),
                kept,
                (System.nanoTime() - start) / 1_000_000);
        LOG.infof(
                "Demo history from %s to %s for %d ASN: %d attendance event(s), %d leave request(s), %d problem"
                        + " report(s), %d phone move(s) added; %d day code(s) worked out and kept; in %d ms"
                        + " (days read %d ms,"
                        + " planned %d ms, written %d ms, worked out %d ms)",
                from,
                yesterday,
                outcome.people(),
                outcome.events(),
                outcome.leaveRequests(),
                outcome.problemReports(),
                outcome.rebindRequests(),
                kept,
                outcome.millis(),
                (planning - start) / 1_000_000,
                (writing - planning) / 1_000_000,
                (working - writing) / 1_000_000,
                (System.nanoTime() - working) / 1_000_000);
        return outcome;
    }
}
