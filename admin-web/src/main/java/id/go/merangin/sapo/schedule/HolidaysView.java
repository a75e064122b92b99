package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * BKPSDMD's days off (Hari Libur) of a year: national holidays, cuti bersama and an OPD's local holidays. A day off
 * is not a working day: no check-in is asked for and no TK is counted; declaring or removing one works the affected
 * days out again (a locked month refuses both).
 */
@Named
@ViewScoped
public class HolidaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleService schedules;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    private List<OpdRow> opds;
    private int year;
    private List<HolidayRow> holidays;
    private LocalDate date;
    private HolidayType type = HolidayType.NATIONAL;
    private String name;
    private String opdCode;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        year = LocalDate.now(clock.withZone(Formats.WIB)).getYear();
        holidays = schedules.holidaysIn(year);
    }

    public void showYear() {
        holidays = schedules.holidaysIn(year);
    }

    public void declare() {
        if (type == HolidayType.LOCAL) {
            schedules.declareLocalHoliday(opdCode, date, name);
        } else {
            schedules.declareHoliday(date, type, name);
        }
        if (date != null) {
            year = date.getYear();
        }
        holidays = schedules.holidaysIn(year);
        date = null;
        name = null;
        Messages.info("holiday.done.declared");
    }

    public void remove(HolidayRow holiday) {
        schedules.removeHoliday(holiday.id());
        holidays = schedules.holidaysIn(year);
        Messages.info("holiday.done.removed");
    }

    public HolidayType[] getTypes() {
        return HolidayType.values();
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    /** The years whose days off can be listed: two years ahead back to 2020, and the year on screen, newest first. */
    public List<Integer> getYears() {
        int current = LocalDate.now(clock.withZone(Formats.WIB)).getYear();
        int newest = Math.max(current + 2, year);
        int oldest = Math.min(2020, year);
        return IntStream.rangeClosed(0, newest - oldest)
                .mapToObj(i -> newest - i)
                .toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public HolidayType getType() {
        return type;
    }

    public void setType(HolidayType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }
}
