package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.DaysVersion;
import id.go.merangin.sapo.shared.KeptUntilChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What each day holds for an ASN of an OPD: a holiday, or the windows of the schedule that applies (see
 * {@link DayPlan}). A plain bean rather than an EJB: it only reads, inside its caller's transaction.
 *
 * <p>Every check-in asks what today holds, so a day is worked out once per OPD and kept: the same for every ASN of
 * the OPD who has no personal schedule that day (a shift worker's day is worked out each time). Whatever changes a
 * schedule or a day off fires {@link DaysChanged}; once that change has committed, everything kept is dropped (see
 * {@link KeptUntilChange}), so no check-in sees a day as it was before a committed change.
 */
@ApplicationScoped
public class DayPlans {

    /** Dates kept at most: today, and the few a replayed or reviewed event may ask for. */
    static final int DATES_KEPT = 8;

    /** OPD days kept at most: every unit of the regency on those dates, with room to spare. */
    static final int OPD_DAYS_KEPT = 8192;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    @Inject
    DaysVersion version;

    private final KeptUntilChange<LocalDate, Set<Long>> withPersonalSchedule =
            new KeptUntilChange<>(DATES_KEPT, () -> version.current());

    private final KeptUntilChange<OpdDay, DayPlan> opdDays =
            new KeptUntilChange<>(OPD_DAYS_KEPT, () -> version.current());

    /** A date of an OPD, by its chain (the OPD, then its parents). */
    private record OpdDay(List<Long> opdChain, LocalDate date) {}

    /** What {@code date} holds for the employee of {@code opd}, without reading the employee's record. */
    public DayPlan of(long employeeId, Opd opd, LocalDate date) {
        if (withPersonalSchedule.get(date, this::personalOn).contains(employeeId)) {
            return between(employeeId, opd, date, date).get(0);
        }
        return opdDays.get(new OpdDay(opd.selfAndParentIds(), date), this::sharedOn);
    }

    /** What each date from {@code from} to {@code until} holds for the employee, in date order. */
    public List<DayPlan> between(long employeeId, Opd opd, LocalDate from, LocalDate until) {
        List<Long> opdChain = opd.selfAndParentIds();
        return DayPlan.span(
                schedules.candidatesFor(employeeId, opdChain, from, until),
                holidays.applyingBetween(opdChain, from, until),
                opdChain,
                from,
                until);
    }

    /** Drops every day kept, once a change of schedules or days off has committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DaysChanged change) {
        withPersonalSchedule.forget();
        opdDays.forget();
    }

    private Set<Long> personalOn(LocalDate date) {
        return Set.copyOf(schedules.withPersonalScheduleBetween(date, date));
    }

    private DayPlan sharedOn(OpdDay day) {
        return DayPlan.span(
                        schedules.sharedBetween(day.opdChain(), day.date(), day.date()),
                        holidays.applyingBetween(day.opdChain(), day.date(), day.date()),
                        day.opdChain(),
                        day.date(),
                        day.date())
                .get(0);
    }
}
