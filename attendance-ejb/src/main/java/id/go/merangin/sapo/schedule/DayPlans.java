package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.KeptUntilChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each day holds for an ASN of an OPD: a holiday, or the windows of the schedule that applies (see
 * {@link DayPlan}). A plain bean rather than an EJB: it only reads, inside its caller's transaction.
 *
 * <p>Every check-in asks what today holds, so a day is worked out once per OPD and kept: the same for every ASN of
 * the OPD who has no personal schedule that day (a shift worker's day is worked out each time). Whatever changes a
 * schedule or a day off fires {@link DaysChanged}; once that change has committed, everything kept is dropped (see
 * {@link KeptUntilChange}). Hibernate's query cache gave the same answers, but assembling them cost about 6% of the
 * server's CPU per check-in in the morning-rush profile.
 */
@ApplicationScoped
public class DayPlans {

    /** Dates kept at most: today, and the few a replayed or reviewed event may ask for. */
    static final int DATES_KEPT = 8;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    private final KeptUntilChange<LocalDate, Day> days = new KeptUntilChange<>(DATES_KEPT);

    /** One date: who has a personal schedule on it, and what it holds for everyone else, by OPD chain. */
    private record Day(Set<Long> withPersonalSchedule, Map<List<Long>, DayPlan> byOpdChain) {
    }

    /** What {@code date} holds for the employee of {@code opd}, without reading the employee's record. */
    public DayPlan of(long employeeId, Opd opd, LocalDate date) {
        Day day = days.get(date, this::workedOut);
        if (day.withPersonalSchedule().contains(employeeId)) {
            return between(employeeId, opd, date, date).get(0);
        }
        List<Long> opdChain = opd.selfAndParentIds();
        DayPlan plan = day.byOpdChain().get(opdChain);
        if (plan == null) {
            plan = DayPlan.span(schedules.sharedBetween(opdChain, date, date),
                    holidays.applyingBetween(opdChain, date, date), opdChain, date, date).get(0);
            day.byOpdChain().putIfAbsent(opdChain, plan);
        }
        return plan;
    }

    /** What each date from {@code from} to {@code until} holds for the employee, in date order. */
    public List<DayPlan> between(long employeeId, Opd opd, LocalDate from, LocalDate until) {
        List<Long> opdChain = opd.selfAndParentIds();
        return DayPlan.span(schedules.candidatesFor(employeeId, opdChain, from, until),
                holidays.applyingBetween(opdChain, from, until), opdChain, from, until);
    }

    /** Drops every day kept, once a change of schedules or days off has committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DaysChanged change) {
        days.forget();
    }

    private Day workedOut(LocalDate date) {
        return new Day(Set.copyOf(schedules.withPersonalScheduleBetween(date, date)), new ConcurrentHashMap<>());
    }
}
