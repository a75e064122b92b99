package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which schedule applies to an ASN on a date. A period (a schedule with an end date, such as Ramadan) comes before
 * any open-ended week, whoever set it: the regency's Ramadan applies to every OPD's own week and every personal shift
 * too (a school's six-day week, a nurse's shift), unless that OPD or person has a period of their own for the date.
 * Among periods, and among open-ended weeks, a personal schedule comes before the OPD's, the ASN's own OPD's before a
 * parent OPD's, any OPD's before the regency's; and within the same scope the one that started latest.
 */
public final class ScheduleResolution {

    private ScheduleResolution() {}

    /**
     * @param candidates schedules that may apply (any in force on other dates are ignored)
     * @param opdChain the ASN's OPD first, then its parent, and so on
     */
    public static Optional<WorkSchedule> choose(List<WorkSchedule> candidates, LocalDate date, List<Long> opdChain) {
        Comparator<WorkSchedule> periodsFirst =
                Comparator.comparing(schedule -> schedule.validUntil().isEmpty());
        Comparator<WorkSchedule> byScope = Comparator.comparingInt(schedule -> rank(schedule, opdChain));
        return candidates.stream()
                .filter(schedule -> schedule.isInForceOn(date))
                .filter(schedule -> rank(schedule, opdChain) < Integer.MAX_VALUE)
                .min(periodsFirst
                        .thenComparing(byScope)
                        .thenComparing(WorkSchedule::validFrom, Comparator.reverseOrder()));
    }

    private static int rank(WorkSchedule schedule, List<Long> opdChain) {
        if (schedule.employee().isPresent()) {
            return 0;
        }
        if (schedule.opd().isPresent()) {
            int index = opdChain.indexOf(schedule.opd().get().id());
            return index < 0 ? Integer.MAX_VALUE : 1 + index;
        }
        return Integer.MAX_VALUE - 1;
    }
}
