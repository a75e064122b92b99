package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import id.go.merangin.sapo.attendance.AttendanceEventRepository;
import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.leave.LeaveRequest;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.ScheduleService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out an ASN's month: each day's code from the schedule and holidays of the day ({@link ScheduleService}),
 * the accepted CHECK_IN and CHECK_OUT (manual ones included), and approved requests, by {@link DayRules}; then the
 * month's counts and deduction by the {@link DeductionRules} version in force on its first day. Days after today
 * are not worked out; today stays open until it is over.
 */
@Stateless
public class RecapService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ScheduleService schedules;

    @Inject
    AttendanceEventRepository events;

    @Inject
    LeaveRequestRepository leaves;

    @Inject
    Clock clock;

    /** The month of one ASN as far as it has gone, with the rules that price it. */
    public MonthSummary monthOf(Employee employee, YearMonth month) {
        return monthOf(employee, month, rulesFor(month));
    }

    /** The same, priced by {@code rules} already chosen for the month (a page of ASN shares one choice). */
    public MonthSummary monthOf(Employee employee, YearMonth month, DeductionRules rules) {
        ZoneId zone = employee.opd().zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate from = month.atDay(1);
        LocalDate until = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        List<DailyCode> days = new ArrayList<>();
        if (!until.isBefore(from)) {
            List<AttendanceEvent> accepted = events.between(employee.id(), from, until).stream()
                    .filter(AttendanceEvent::isAccepted)
                    .toList();
            List<LeaveRequest> approved = leaves.approvedBetween(employee.id(), from, until);
            for (DayPlan plan : schedules.planFor(employee, from, until)) {
                days.add(DayRules.DEFAULT.codeOf(facts(plan, accepted, approved, zone, today)));
            }
        }
        return MonthSummary.of(month, days, rules);
    }

    /** The rules version in force on the month's first day: BKPSDMD's latest before it, or the defaults. */
    public DeductionRules rulesFor(YearMonth month) {
        List<DeductionRules> versions = new ArrayList<>(em.createQuery("select r from DeductionRuleSet r",
                DeductionRuleSet.class).getResultStream().map(DeductionRuleSet::toRules).toList());
        versions.add(DeductionRules.DEFAULT);
        return DeductionRules.inForce(month, versions).orElse(DeductionRules.DEFAULT);
    }

    private static DayFacts facts(DayPlan plan, List<AttendanceEvent> accepted, List<LeaveRequest> approved,
            ZoneId zone, LocalDate today) {
        LocalDate date = plan.date();
        DayFacts facts = DayFacts.on(date, plan.windows().map(w -> w.schedule()).orElse(null));
        if (plan.holiday().isPresent()) {
            facts = facts.withHoliday(plan.holiday().get().type(), plan.holiday().get().name());
        }
        Optional<LeaveRequest> leave = approved.stream().filter(request -> request.covers(date)).findFirst();
        if (leave.isPresent()) {
            facts = facts.withLeave(leave.get().type());
        }
        for (AttendanceEvent event : accepted) {
            if (!event.workDate().equals(date)) {
                continue;
            }
            var time = event.serverTime().atZone(zone).toLocalTime();
            if (event.type() == AttendanceEventType.CHECK_IN) {
                facts = event.isManual() ? facts.withManualCheckIn(time) : facts.withCheckIn(time);
            } else if (event.type() == AttendanceEventType.CHECK_OUT) {
                facts = event.isManual() ? facts.withManualCheckOut(time) : facts.withCheckOut(time);
            }
        }
        return date.isBefore(today) ? facts : facts.stillOpen();
    }
}
