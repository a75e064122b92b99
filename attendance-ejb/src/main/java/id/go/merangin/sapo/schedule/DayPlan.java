package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a work date holds for one ASN before anything happens: a holiday, or the windows of their schedule, or
 * nothing at all (a day off in their week).
 */
public record DayPlan(LocalDate date, Optional<Holiday> holiday, Optional<AttendanceWindows> windows) {

    public boolean isWorkday() {
        return holiday.isEmpty() && windows.isPresent();
    }

    /**
     * What each date from {@code from} to {@code until} holds for one ASN, in date order.
     *
     * @param candidates the schedules that may apply to the ASN: their own personal ones (no other ASN's), their
     *     OPD chain's and the regency's
     * @param holidays the holidays that apply to the ASN's OPD chain in the range
     * @param opdChain the ASN's OPD first, then its parent, and so on
     */
    public static List<DayPlan> span(
            List<WorkSchedule> candidates,
            List<Holiday> holidays,
            List<Long> opdChain,
            LocalDate from,
            LocalDate until) {
        Map<LocalDate, Holiday> holidayOn = new HashMap<>();
        for (Holiday holiday : holidays) {
            holidayOn.putIfAbsent(holiday.date(), holiday);
        }
        List<DayPlan> plans = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            LocalDate day = date;
            Optional<AttendanceWindows> windows = ScheduleResolution.choose(candidates, day, opdChain)
                    .flatMap(schedule -> AttendanceWindows.on(day, schedule.week(), WindowRules.DEFAULT));
            plans.add(new DayPlan(day, Optional.ofNullable(holidayOn.get(day)), windows));
        }
        return plans;
    }
}
