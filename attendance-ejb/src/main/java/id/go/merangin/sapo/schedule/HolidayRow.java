package id.go.merangin.sapo.schedule;

import java.time.LocalDate;

/** A day off in the calendar: national, cuti bersama, or local to one OPD ({@code opdName}). */
public record HolidayRow(long id, LocalDate date, HolidayType type, String name, String opdName) {

    static HolidayRow of(Holiday holiday) {
        return new HolidayRow(
                holiday.id(),
                holiday.date(),
                holiday.type(),
                holiday.name(),
                holiday.opd().map(opd -> opd.name()).orElse(null));
    }
}
