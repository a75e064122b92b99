package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * BKPSDMD's working schedules (Jadwal Kerja): the regency's and the OPDs' working weeks. A new one for a date range,
 * such as Ramadan, takes over from the one below it for those dates; one is ended by its last day. The days off are
 * on {@link HolidaysView}'s page.
 */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleService schedules;

    @Inject
    transient OrganizationService organization;

    private List<ScheduleRow> rows;
    private List<OpdRow> opds;
    private String name;
    private String opdCode;
    private LocalDate from;
    private LocalDate until;
    private WeekForm week = new WeekForm();
    private ScheduleRow ending;
    private LocalDate lastDay;

    @PostConstruct
    void init() {
        rows = schedules.sharedSchedules();
        opds = organization.opdsInReach();
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
}
