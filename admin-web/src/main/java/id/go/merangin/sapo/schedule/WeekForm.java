package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.ProblemCode;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A week of working hours as a form shows it: a row per weekday with whether it is a workday, its start and end,
 * and its break. It starts as the standard week; the domain's {@link WorkWeek} checks the hours when the form is
 * turned into one.
 */
public class WeekForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One weekday's row. */
    public static class Day implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DayOfWeek day;
        private boolean workday;
        private LocalTime start;
        private LocalTime end;
        private LocalTime breakStart;
        private LocalTime breakEnd;

        Day(DayOfWeek day, DaySchedule hours) {
            this.day = day;
            this.workday = hours != null;
            if (hours != null) {
                start = hours.start();
                end = hours.end();
                breakStart = hours.breakStart();
                breakEnd = hours.breakEnd();
            }
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isWorkday() {
            return workday;
        }

        public void setWorkday(boolean workday) {
            this.workday = workday;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public LocalTime getBreakStart() {
            return breakStart;
        }

        public void setBreakStart(LocalTime breakStart) {
            this.breakStart = breakStart;
        }

        public LocalTime getBreakEnd() {
            return breakEnd;
        }

        public void setBreakEnd(LocalTime breakEnd) {
            this.breakEnd = breakEnd;
        }
    }

    private final List<Day> days = new ArrayList<>();

    public WeekForm() {
        this(WorkWeek.standard());
    }

    public WeekForm(WorkWeek week) {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Day(day, week.on(day).orElse(null)));
        }
    }

    /** The week as the domain holds it; missing or impossible hours are refused with INVALID_SCHEDULE. */
    public WorkWeek toWorkWeek() {
        Map<DayOfWeek, DaySchedule> hours = new EnumMap<>(DayOfWeek.class);
        for (Day row : days) {
            if (row.workday) {
                if (row.start == null || row.end == null) {
                    throw new InvalidInputException(ProblemCode.INVALID_SCHEDULE, row.day + " needs its start and end");
                }
                hours.put(row.day, new DaySchedule(row.start, row.end, row.breakStart, row.breakEnd, false));
            }
        }
        return new WorkWeek(hours);
    }

    public List<Day> getDays() {
        return days;
    }

    /** A week in one line, e.g. "Sen 08:00–15:00 · … · Jum 08:00–15:30", in the officer's language. */
    public static String summary(WorkWeek week) {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.on(day)
                    .ifPresent(hours ->
                            parts.add(Messages.text("day.short." + day) + " " + hours.start() + "–" + hours.end()));
        }
        return String.join(" · ", parts);
    }
}
