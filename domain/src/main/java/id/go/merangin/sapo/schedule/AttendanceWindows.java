package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.attendance.AttendanceEventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The windows in which each attendance event may be recorded on one workday, derived from that day's working hours
 * and the {@link WindowRules}:
 * <ul>
 * <li>CHECK_IN from {@code checkInOpens} until the end of the working day;</li>
 * <li>BREAK_START from the break start until the break end;</li>
 * <li>BREAK_END from the break start until the end of the working day, only where the schedule requires it;</li>
 * <li>CHECK_OUT from the break end (the start, on a day without a break) until {@code checkOutCloses}.</li>
 * </ul>
 * An event type without a window (no break, BREAK_END not required) cannot be recorded that day.
 */
public final class AttendanceWindows {

    private final LocalDate date;
    private final DaySchedule schedule;
    private final Map<AttendanceEventType, EventWindow> windows;

    private AttendanceWindows(LocalDate date, DaySchedule schedule, Map<AttendanceEventType, EventWindow> windows) {
        this.date = date;
        this.schedule = schedule;
        this.windows = Collections.unmodifiableMap(windows);
    }

    /** The windows on {@code date}; empty when the week makes it no workday. */
    public static Optional<AttendanceWindows> on(LocalDate date, WorkWeek week, WindowRules rules) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(rules, "rules");
        return week.on(date).map(schedule -> new AttendanceWindows(date, schedule, windowsOf(schedule, rules)));
    }

    private static Map<AttendanceEventType, EventWindow> windowsOf(DaySchedule schedule, WindowRules rules) {
        Map<AttendanceEventType, EventWindow> windows = new EnumMap<>(AttendanceEventType.class);
        put(windows, AttendanceEventType.CHECK_IN, rules.checkInOpens(), schedule.end());
        if (schedule.hasBreak()) {
            put(windows, AttendanceEventType.BREAK_START, schedule.breakStart(), schedule.breakEnd());
            if (schedule.breakEndRequired()) {
                put(windows, AttendanceEventType.BREAK_END, schedule.breakStart(), schedule.end());
            }
        }
        LocalTime checkOutOpens = schedule.hasBreak() ? schedule.breakEnd() : schedule.start();
        put(windows, AttendanceEventType.CHECK_OUT, checkOutOpens, rules.checkOutCloses());
        return windows;
    }

    private static void put(
            Map<AttendanceEventType, EventWindow> windows,
            AttendanceEventType type,
            LocalTime opens,
            LocalTime closes) {
        if (closes.isBefore(opens)) {
            throw DaySchedule.invalid(
                    "the " + type + " window would open at " + opens + " after it closes at " + closes);
        }
        windows.put(type, new EventWindow(opens, closes));
    }

    public LocalDate date() {
        return date;
    }

    /** The working hours these windows derive from. */
    public DaySchedule schedule() {
        return schedule;
    }

    /** The window of {@code type}; empty when that event cannot be recorded on this day. */
    public Optional<EventWindow> windowOf(AttendanceEventType type) {
        return Optional.ofNullable(windows.get(Objects.requireNonNull(type, "type")));
    }

    /** Whether {@code type} may be recorded at {@code time} on this day. */
    public boolean allows(AttendanceEventType type, LocalTime time) {
        return windowOf(type).map(window -> window.contains(time)).orElse(false);
    }

    /** Every window of the day, in the order of {@link AttendanceEventType}. */
    public Map<AttendanceEventType, EventWindow> all() {
        return windows;
    }

    @Override
    public String toString() {
        return "AttendanceWindows[" + date + " " + windows + "]";
    }
}
