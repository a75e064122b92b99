package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which schedule applies to an ASN on a date: a personal schedule (a shift) before their OPD's, their own OPD's
 * before a parent OPD's, any OPD's before the regency's; and within the same scope the one that started latest,
 * so that a date-ranged variant such as Ramadan overrides the open-ended standard week while it lasts.
 */
public final class ScheduleResolution {

    private ScheduleResolution() {
    }

    /**
     * @param candidates schedules that may apply (any in force on other dates are ignored)
     * @param opdChain the ASN's OPD first, then its parent, and so on
     */
    public static Optional<WorkSchedule> choose(List<WorkSchedule> candidates, LocalDate date, List<Long> opdChain) {
        Comparator<WorkSchedule> byScope = Comparator.comparingInt(schedule -> rank(schedule, opdChain));
        return candidates.stream()
                .filter(schedule -> schedule.isInForceOn(date))
                .filter(schedule -> rank(schedule, opdChain) < Integer.MAX_VALUE)
                .min(byScope.thenComparing(WorkSchedule::validFrom, Comparator.reverseOrder()));
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
