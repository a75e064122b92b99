package id.go.merangin.sapo.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One work date of an ASN: whether it is a workday (or which holiday), the windows of each event with whether they
 * are open at the moment asked, the events, and from the day's one record (the recap's {@code DailyCode}, today's
 * worked out live by the same rules): the late minutes that count (0 once made up), the early-leave minutes, their
 * tiers, and its codes (H, TL1–TL4, PSW1–PSW4, TK, the leave type, LIBUR; today's so far). In a month's view,
 * {@code deductionPercent} is what the day costs of the allowance, the recap's own day lines summed (none for
 * today's view alone, which has no month around it).
 */
public record DayView(
        LocalDate date,
        boolean workday,
        String holiday,
        Map<AttendanceEventType, WindowView> windows,
        List<AttendanceEventView> events,
        Integer lateMinutes,
        String lateTier,
        Integer earlyLeaveMinutes,
        String earlyLeaveTier,
        List<String> codes,
        BigDecimal deductionPercent) {

    /** An event's window on the day, as {@code HH:mm}. */
    public record WindowView(String opens, String closes, boolean openNow) {}
}
