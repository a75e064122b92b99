package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.recap.DailyCode;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One ASN's month as a calendar grid, Monday first: each day with the codes the recap gave it and the colour of its
 * {@link Shade}. Nothing is decided here: the codes are the recap's {@link DailyCode}s as they are; a day the recap
 * has no code for (after today) is {@link Shade#NONE}.
 */
public record AttendanceCalendar(YearMonth month, List<List<Day>> weeks) implements Serializable {

    /** The colour of a day, named after what the officer reads in the legend. */
    public enum Shade {
        ON_TIME,
        LATE,
        EARLY_LEAVE,
        TK,
        LEAVE,
        HOLIDAY,
        OFF,
        PENDING,
        NONE;

        /** The CSS class of a day of this shade. */
        public String styleClass() {
            return "sapo-day-" + name().toLowerCase().replace('_', '-');
        }
    }

    /** A day of the month ({@code date} null for the grid's blanks before the 1st and after the last). */
    public record Day(LocalDate date, Shade shade, String codes, String holiday) implements Serializable {

        public int dayOfMonth() {
            return date == null ? 0 : date.getDayOfMonth();
        }
    }

    public static AttendanceCalendar of(YearMonth month, Collection<DailyCode> days) {
        Map<LocalDate, DailyCode> byDate =
                days.stream().collect(Collectors.toMap(DailyCode::date, Function.identity()));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blanks; i++) {
            week.add(new Day(null, Shade.NONE, "", null));
        }
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            week.add(dayOf(date, byDate.get(date)));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, Shade.NONE, "", null));
            }
            weeks.add(List.copyOf(week));
        }
        return new AttendanceCalendar(month, List.copyOf(weeks));
    }

    private static Day dayOf(LocalDate date, DailyCode code) {
        if (code == null) {
            return new Day(date, Shade.NONE, "", null);
        }
        return new Day(
                date,
                shadeOf(code),
                String.join(" ", code.codes()),
                code.holiday() == null ? null : code.holiday().name());
    }

    /** The shade of a day: a late arrival shows before an early leave, as the recap lists the codes. */
    static Shade shadeOf(DailyCode code) {
        return switch (code.kind()) {
            case PRESENT ->
                code.latenessTier() != null
                        ? Shade.LATE
                        : code.earlyLeaveTier() != null ? Shade.EARLY_LEAVE : Shade.ON_TIME;
            case TK -> Shade.TK;
            case EXCUSED -> Shade.LEAVE;
            case HOLIDAY -> Shade.HOLIDAY;
            case OFF -> Shade.OFF;
            case PENDING -> Shade.PENDING;
        };
    }
}
