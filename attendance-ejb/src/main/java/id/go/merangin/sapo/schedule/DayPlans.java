package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.Opd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * What each day holds for an ASN of an OPD: a holiday, or the windows of the schedule that applies (see
 * {@link DayPlan}). A plain bean rather than an EJB: it only reads, mostly from the caches, inside its caller's
 * transaction, and the check-in asks it on every request, where an EJB's interceptors showed in the profile.
 */
@ApplicationScoped
public class DayPlans {

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    /** What {@code date} holds for the employee of {@code opd}, without reading the employee's record. */
    public DayPlan of(long employeeId, Opd opd, LocalDate date) {
        return between(employeeId, opd, date, date).get(0);
    }

    /** What each date from {@code from} to {@code until} holds for the employee, in date order. */
    public List<DayPlan> between(long employeeId, Opd opd, LocalDate from, LocalDate until) {
        List<Long> opdChain = opd.selfAndParentIds();
        return DayPlan.span(schedules.candidatesFor(employeeId, opdChain, from, until),
                holidays.applyingBetween(opdChain, from, until), opdChain, from, until);
    }
}
