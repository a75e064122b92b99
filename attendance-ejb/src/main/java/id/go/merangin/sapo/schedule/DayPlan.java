package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a work date holds for one ASN before anything happens: a holiday, or the windows of their schedule, or
 * nothing at all (a day off in their week).
 */
public record DayPlan(LocalDate date, Optional<Holiday> holiday, Optional<AttendanceWindows> windows) {

    public boolean isWorkday() {
        return holiday.isEmpty() && windows.isPresent();
    }
}
