package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.leave.LeaveRequestRow;
import id.go.merangin.sapo.leave.LeaveReview;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.recap.RecapQueries;
import id.go.merangin.sapo.schedule.ScheduleRow;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.schedule.WeekForm;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ASN: the master record, the registration photo, the account and phone, the personal schedules, the month's
 * attendance as a calendar and the year's leave (both from the recap's codes), and what the admin OPD does to them (correct the record, verify, lock, unlock, reset the phone, decide a rebind, give a shift).
 * Each action reloads the record from the service.
 */
@Named
@ViewScoped
public class AsnDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmployeeDirectory directory;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient ActivationCodes activationCodes;

    @Inject
    transient EmployeeService employees;

    @Inject
    transient ScheduleService schedules;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    @Inject
    transient RecapQueries recaps;

    @Inject
    transient LeaveReview leave;

    private Long id;
    private AsnDetail asn;
    /** The activation code just issued: shown once, on this view, and kept nowhere else. */
    private ActivationLetter letter;

    private String handedPassword;
    private List<ScheduleRow> personalSchedules = List.of();

    private String name;
    private String position;
    private String rank;
    private String opdCode;
    private LocalDate transferDate;
    private LocalDate appointment;
    private LocalDate end;
    private EmploymentEnd endReason;
    private List<OpdRow> opds = List.of();

    private String scheduleName;
    private LocalDate scheduleFrom;
    private LocalDate scheduleUntil;
    private WeekForm week = new WeekForm();

    /** One leave type of the year: the days the recap excused for it and the approved requests behind them. */
    public record LeaveTaken(LeaveType type, int days, List<LeaveRequestRow> requests) implements Serializable {}

    private YearMonth firstMonth;
    private YearMonth currentMonth;
    private YearMonth calendarMonth;
    private AttendanceCalendar calendar;
    private List<LeaveTaken> leaveTaken = List.of();

    /** Loads the ASN named in the URL; another OPD's ASN answers 403, a missing one 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException(ProblemCode.NOT_FOUND, "no ASN named in the URL");
        }
        asn = directory.detail(id);
        personalSchedules = schedules.personalSchedulesOf(id);
        firstMonth = recaps.period().first();
        currentMonth = recaps.currentMonth();
        if (calendarMonth == null) {
            calendarMonth = currentMonth;
        }
        showCalendar();
        leaveTaken = leaveTakenIn(Year.from(currentMonth));
    }

    /** The month's grid from the recap's own codes of the ASN's days. */
    private void showCalendar() {
        calendar = AttendanceCalendar.of(
                calendarMonth, recaps.detail(id, calendarMonth).summary().days());
    }

    /** Per leave type, the days the recap excused in {@code year} so far, with the approved requests of the year. */
    private List<LeaveTaken> leaveTakenIn(Year year) {
        Map<String, Integer> days = recaps.codesOfYear(id, year);
        List<LeaveRequestRow> approved =
                leave.approvedOf(id, year.atDay(1), year.atMonth(12).atEndOfMonth());
        List<LeaveTaken> taken = new ArrayList<>();
        for (LeaveType type : LeaveType.values()) {
            List<LeaveRequestRow> requests =
                    approved.stream().filter(request -> request.type() == type).toList();
            int excused = days.getOrDefault(type.name(), 0);
            if (excused > 0 || !requests.isEmpty()) {
                taken.add(new LeaveTaken(type, excused, requests));
            }
        }
        return List.copyOf(taken);
    }

    public void previousMonth() {
        if (isHasPreviousMonth()) {
            calendarMonth = calendarMonth.minusMonths(1);
            showCalendar();
        }
    }

    public void nextMonth() {
        if (isHasNextMonth()) {
            calendarMonth = calendarMonth.plusMonths(1);
            showCalendar();
        }
    }

    /** Months before the first recap month have no codes to show. */
    public boolean isHasPreviousMonth() {
        return calendarMonth.isAfter(firstMonth);
    }

    /** Months after the current one have not happened yet. */
    public boolean isHasNextMonth() {
        return calendarMonth.isBefore(currentMonth);
    }

    /** The calendar's month in words ("Maret 2026"), in the page's language. */
    public String getCalendarTitle() {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(calendarMonth);
    }

    /** Monday to Sunday, short, in the page's language. */
    public List<String> getWeekdays() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale()))
                .toList();
    }

    public List<AttendanceCalendar.Shade> getShades() {
        return List.of(AttendanceCalendar.Shade.values());
    }

    public AttendanceCalendar getCalendar() {
        return calendar;
    }

    public List<LeaveTaken> getLeaveTaken() {
        return leaveTaken;
    }

    public int getLeaveYear() {
        return currentMonth.getYear();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void startEdit() {
        opds = organization.opdsInReach();
        name = asn.row().name();
        position = asn.row().position();
        rank = asn.row().rank();
        opdCode = asn.row().opdCode();
        transferDate = null;
        appointment = asn.employment().appointment();
        end = asn.employment().end();
        endReason = asn.employment().endReason();
    }

    public void saveEdit() {
        employees.updateMasterRecord(
                id, name, position, rank, opdCode, transferDate, new Employment(appointment, end, endReason));
        done("asn.done.changed");
    }

    /** The day a move to another OPD takes effect; empty: today. */
    public LocalDate getTransferDate() {
        return transferDate;
    }

    public void setTransferDate(LocalDate transferDate) {
        this.transferDate = transferDate;
    }

    public LocalDate getAppointment() {
        return appointment;
    }

    public void setAppointment(LocalDate appointment) {
        this.appointment = appointment;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public EmploymentEnd getEndReason() {
        return endReason;
    }

    public void setEndReason(EmploymentEnd endReason) {
        this.endReason = endReason;
    }

    /** Why an employment can end, for the edit dialog. */
    public List<EmploymentEnd> getEndReasons() {
        return List.of(EmploymentEnd.values());
    }

    /** Gives the ASN a personal schedule (a shift) for a date range, over their OPD's. */
    public void defineSchedule() {
        schedules.defineForEmployee(id, scheduleName, week.toWorkWeek(), scheduleFrom, scheduleUntil);
        scheduleName = null;
        scheduleFrom = null;
        scheduleUntil = null;
        week = new WeekForm();
        done("schedule.done.defined");
    }

    /** Ends a personal schedule after today: from tomorrow the OPD's schedule applies again. */
    public void endSchedule(ScheduleRow schedule) {
        schedules.endSchedule(schedule.id(), LocalDate.now(clock.withZone(Formats.WIB)));
        done("schedule.done.ended");
    }

    public String summary(ScheduleRow schedule) {
        return WeekForm.summary(schedule.week());
    }

    /** Issues a new activation code for this ASN (an older one stops working) and shows it once, to be handed over. */
    public void issueActivationCode() {
        letter = activationCodes.issue(asn.row().employeeId());
        done("asn.done.activationIssued");
    }

    public ActivationLetter getLetter() {
        return letter;
    }

    public void verify() {
        administration.activate(asn.row().accountId());
        done("asn.done.verified");
    }

    public void lock() {
        administration.lock(asn.row().accountId());
        done("asn.done.locked");
    }

    public void unlock() {
        administration.unlock(asn.row().accountId());
        done("asn.done.unlocked");
    }

    public void resetDevice() {
        administration.resetDevice(asn.row().accountId());
        done("asn.done.deviceReset");
    }

    /** Sets a password for the ASN to log in with once; shown on this page this once, to hand over. */
    public void resetPassword() {
        handedPassword = administration.resetPassword(asn.row().accountId());
        done("asn.done.passwordReset");
    }

    /** The password set by {@link #resetPassword}, until the page is left; never kept. */
    public String getHandedPassword() {
        return handedPassword;
    }

    public void approveRebind() {
        administration.approveRebind(asn.rebind().id());
        done("asn.done.rebindApproved");
    }

    public void rejectRebind() {
        administration.rejectRebind(asn.rebind().id());
        done("asn.done.rebindRejected");
    }

    private void done(String key) {
        load();
        Messages.info(key);
    }

    public AsnDetail getAsn() {
        return asn;
    }

    public List<ScheduleRow> getPersonalSchedules() {
        return personalSchedules;
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

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public String getScheduleName() {
        return scheduleName;
    }

    public void setScheduleName(String scheduleName) {
        this.scheduleName = scheduleName;
    }

    public LocalDate getScheduleFrom() {
        return scheduleFrom;
    }

    public void setScheduleFrom(LocalDate scheduleFrom) {
        this.scheduleFrom = scheduleFrom;
    }

    public LocalDate getScheduleUntil() {
        return scheduleUntil;
    }

    public void setScheduleUntil(LocalDate scheduleUntil) {
        this.scheduleUntil = scheduleUntil;
    }

    public WeekForm getWeek() {
        return week;
    }

    public Long getId() {
        return id;
    }

    /** From the URL; an AJAX postback, which has no id parameter, keeps the ASN on screen. */
    public void setId(Long id) {
        if (id != null) {
            this.id = id;
        }
    }
}
