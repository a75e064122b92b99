package id.go.merangin.sapo.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The two window edges that do not come from the day's schedule: how early CHECK_IN opens and how late CHECK_OUT
 * closes. The other edges follow the working hours (see {@link AttendanceWindows}).
 */
public record WindowRules(LocalTime checkInOpens, LocalTime checkOutCloses) {

    /** CHECK_IN from 06:00, CHECK_OUT until 23:59. */
    public static final WindowRules DEFAULT = new WindowRules(LocalTime.of(6, 0), LocalTime.of(23, 59));

    public WindowRules {
        Objects.requireNonNull(checkInOpens, "checkInOpens");
        Objects.requireNonNull(checkOutCloses, "checkOutCloses");
        DaySchedule.requireWholeMinute("check-in opening", checkInOpens);
        DaySchedule.requireWholeMinute("check-out closing", checkOutCloses);
    }
}
