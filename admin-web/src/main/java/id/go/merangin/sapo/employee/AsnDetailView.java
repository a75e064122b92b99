package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleRow;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.schedule.WeekForm;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One ASN: the master record, the registration photo, the account and phone, the personal schedules, and what the
 * admin OPD does to them (correct the record, verify, lock, unlock, reset the phone, decide a rebind, give a shift).
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

    private Long id;
    private AsnDetail asn;
    /** The activation code just issued: shown once, on this view, and kept nowhere else. */
    private ActivationLetter letter;
    private List<ScheduleRow> personalSchedules = List.of();

    private String name;
    private String position;
    private String rank;
    private String opdCode;
    private List<OpdRow> opds = List.of();

    private String scheduleName;
    private LocalDate scheduleFrom;
    private LocalDate scheduleUntil;
    private WeekForm week = new WeekForm();

    /** Loads the ASN named in the URL; another OPD's ASN answers 403, a missing one 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("NOT_FOUND", "no ASN named in the URL");
        }
        asn = directory.detail(id);
        personalSchedules = schedules.personalSchedulesOf(id);
    }

    public void startEdit() {
        opds = organization.opdsInReach();
        name = asn.row().name();
        position = asn.row().position();
        rank = asn.row().rank();
        opdCode = asn.row().opdCode();
    }

    public void saveEdit() {
        employees.updateMasterRecord(id, name, position, rank, opdCode);
        done("asn.done.changed");
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
