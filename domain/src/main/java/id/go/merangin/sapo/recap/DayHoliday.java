package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.schedule.HolidayType;
import java.util.Objects;

/**
 * The holiday a date falls on, as the recap needs it: its kind and the name shown next to {@code LIBUR}. A value
 * copy of the calendar's {@link id.go.merangin.sapo.schedule.Holiday}, so that the recap rules need no entity.
 */
public record DayHoliday(HolidayType type, String name) {

    public DayHoliday {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
    }
}
