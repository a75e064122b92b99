package id.go.merangin.sapo.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One work date of an ASN: whether it is a workday (or which holiday), the windows of each event with whether they
 * are open at the moment asked, the events, and the day's lateness and early leave so far.
 */
public record DayView(LocalDate date, boolean workday, String holiday, Map<AttendanceEventType, WindowView> windows,
        List<AttendanceEventView> events, Integer lateMinutes, String lateTier, Integer earlyLeaveMinutes,
        String earlyLeaveTier) {

    /** An event's window on the day, as {@code HH:mm}. */
    public record WindowView(String opens, String closes, boolean openNow) {
    }
}
