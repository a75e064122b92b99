package id.go.merangin.sapo.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One work date of an ASN: whether it is a workday (or which holiday), the windows of each event with whether they
 * are open at the moment asked, the events, and from the day's one record (the recap's {@code DailyCode}, today's
 * worked out live by the same rules): the late minutes that count (0 once made up), the early-leave minutes, their
 * tiers, and its codes (H, TL1–TL4, PSW1–PSW4, TK, the leave type, LIBUR; today's so far).
 */
public record DayView(LocalDate date, boolean workday, String holiday, Map<AttendanceEventType, WindowView> windows,
        List<AttendanceEventView> events, Integer lateMinutes, String lateTier, Integer earlyLeaveMinutes,
        String earlyLeaveTier, List<String> codes) {

    /** An event's window on the day, as {@code HH:mm}. */
    public record WindowView(String opens, String closes, boolean openNow) {
    }
}
