package id.go.merangin.sapo.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The working hours of each weekday, the shape of a schedule for one period (the regular week, Ramadan, a
 * six-day unit). Days that are absent are not workdays. Holidays are not this class's business: they are decided
 * by date, on top of the week.
 */
public record WorkWeek(Map<DayOfWeek, DaySchedule> days) {

    public WorkWeek {
        Objects.requireNonNull(days, "days");
        Map<DayOfWeek, DaySchedule> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, schedule) ->
                copy.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(schedule, "schedule of " + day)));
        days = Collections.unmodifiableMap(copy);
    }

    /**
     * The default week of Perpres 21/2023, 37.5 hours: Monday to Thursday 07:30–16:00 with a break 12:00–13:00,
     * Friday 07:30–16:30 with a break 11:30–13:00 (Friday prayer), Saturday and Sunday off; BREAK_END not required.
     */
    public static WorkWeek standard() {
        DaySchedule mondayToThursday = new DaySchedule(
                LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), false);
        DaySchedule friday = new DaySchedule(
                LocalTime.of(7, 30), LocalTime.of(16, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), false);
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, mondayToThursday);
        }
        days.put(DayOfWeek.FRIDAY, friday);
        return new WorkWeek(days);
    }

    /** The working hours on {@code date}'s weekday; empty when that weekday is not a workday. */
    public Optional<DaySchedule> on(LocalDate date) {
        return on(date.getDayOfWeek());
    }

    /** The working hours on {@code day}; empty when it is not a workday. */
    public Optional<DaySchedule> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(day, "day")));
    }

    /** The working time of the whole week, breaks excluded. */
    public Duration workingTime() {
        return days.values().stream().map(DaySchedule::workingTime).reduce(Duration.ZERO, Duration::plus);
    }
}
