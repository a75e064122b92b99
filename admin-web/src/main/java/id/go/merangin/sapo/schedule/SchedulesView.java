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
 * BKPSDMD's schedules and holidays: the regency's and the OPDs' working weeks (a new one for a date range, such as
 * Ramadan, takes over from the one below it for those dates) and the year's days off.
 */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleService schedules;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    private List<ScheduleRow> rows;
    private List<OpdRow> opds;
    private String name;
    private String opdCode;
    private LocalDate from;
    private LocalDate until;
    private WeekForm week = new WeekForm();
    private ScheduleRow ending;
    private LocalDate lastDay;

    private int year;
    private List<HolidayRow> holidays;
    private LocalDate holidayDate;
    private HolidayType holidayType = HolidayType.NATIONAL;
    private String holidayName;
    private String holidayOpdCode;

    @PostConstruct
    void init() {
        rows = schedules.sharedSchedules();
        opds = organization.opdsInReach();
        year = LocalDate.now(clock.withZone(Formats.WIB)).getYear();
        holidays = schedules.holidaysIn(year);
    }

    public void define() {
        if (opdCode == null || opdCode.isBlank()) {
            schedules.defineForRegency(name, week.toWorkWeek(), from, until);
        } else {
            schedules.defineForOpd(opdCode, name, week.toWorkWeek(), from, until);
        }
        rows = schedules.sharedSchedules();
        name = null;
        from = null;
        until = null;
        week = new WeekForm();
        Messages.info("schedule.done.defined");
    }

    public void startEnding(ScheduleRow row) {
        ending = row;
        lastDay = null;
    }

    public void end() {
        schedules.endSchedule(ending.id(), lastDay);
        rows = schedules.sharedSchedules();
        Messages.info("schedule.done.ended");
    }

    public String summary(ScheduleRow row) {
        return WeekForm.summary(row.week());
    }

    public void showYear() {
        holidays = schedules.holidaysIn(year);
    }

    public void declare() {
        if (holidayType == HolidayType.LOCAL) {
            schedules.declareLocalHoliday(holidayOpdCode, holidayDate, holidayName);
        } else {
            schedules.declareHoliday(holidayDate, holidayType, holidayName);
        }
        if (holidayDate != null) {
            year = holidayDate.getYear();
        }
        holidays = schedules.holidaysIn(year);
        holidayDate = null;
        holidayName = null;
        Messages.info("holiday.done.declared");
    }

    public void remove(HolidayRow holiday) {
        schedules.removeHoliday(holiday.id());
        holidays = schedules.holidaysIn(year);
        Messages.info("holiday.done.removed");
    }

    public HolidayType[] getHolidayTypes() {
        return HolidayType.values();
    }

    public List<ScheduleRow> getRows() {
        return rows;
    }

    public List<OpdRow> getOpds() {
        return opds;
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public WeekForm getWeek() {
        return week;
    }

    public ScheduleRow getEnding() {
        return ending;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
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

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public HolidayType getHolidayType() {
        return holidayType;
    }

    public void setHolidayType(HolidayType holidayType) {
        this.holidayType = holidayType;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public String getHolidayOpdCode() {
        return holidayOpdCode;
    }

    public void setHolidayOpdCode(String holidayOpdCode) {
        this.holidayOpdCode = holidayOpdCode;
    }
}
