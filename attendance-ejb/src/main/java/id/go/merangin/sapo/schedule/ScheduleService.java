package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Working schedules and the holiday calendar: defining them (audited), and answering what a date holds for an ASN
 * (holiday, or the windows of the schedule that applies to them, see {@link ScheduleResolution}).
 */
@Stateless
public class ScheduleService {

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    @Inject
    OpdRepository opds;

    @Inject
    EmployeeRepository employees;

    @Inject
    AuditTrail audit;

    @Inject
    OfficerScope scope;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    MonthClose monthClose;

    @Inject
    Clock clock;

    /** A schedule for the whole regency (BKPSDMD), such as the standard week or Ramadan's. */
    public long defineForRegency(String name, WorkWeek week, LocalDate from, LocalDate until) {
        scope.current().requireBkpsdmd();
        long id = audited(
                schedules.store(WorkSchedule.regencyWide(checkedName(name), week, checked(from, until), until)));
        daysChanged.fire(DaysChanged.ofEveryone(from, DaysChanged.orEndOfTime(until)));
        return id;
    }

    /** A schedule for one OPD and its sub-units (BKPSDMD), overriding the regency's. */
    public long defineForOpd(String opdCode, String name, WorkWeek week, LocalDate from, LocalDate until) {
        scope.current().requireBkpsdmd();
        Opd opd = opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "No OPD with code " + opdCode));
        long id = audited(
                schedules.store(WorkSchedule.forOpd(opd, checkedName(name), week, checked(from, until), until)));
        daysChanged.fire(DaysChanged.ofOpd(opd.id(), from, DaysChanged.orEndOfTime(until)));
        return id;
    }

    /** A personal schedule (a shift) for one ASN, set by their admin OPD or BKPSDMD. */
    public long defineForEmployee(long employeeId, String name, WorkWeek week, LocalDate from, LocalDate until) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_EMPLOYEE, "No ASN " + employeeId));
        scope.current().requireManage(employee.opd());
        long id = audited(schedules.store(
                WorkSchedule.forEmployee(employee, checkedName(name), week, checked(from, until), until)));
        daysChanged.fire(DaysChanged.ofEmployee(employeeId, from, DaysChanged.orEndOfTime(until)));
        return id;
    }

    /** Ends a schedule after {@code lastDay}; a personal one by the ASN's admin OPD, the others by BKPSDMD. */
    public void endSchedule(long scheduleId, LocalDate lastDay) {
        WorkSchedule schedule = schedules
                .find(scheduleId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no schedule " + scheduleId));
        Officer officer = scope.current();
        schedule.employee().ifPresentOrElse(employee -> officer.requireManage(employee.opd()), officer::requireBkpsdmd);
        if (lastDay == null) {
            throw new InvalidInputException(ProblemCode.INVALID_DATES, "the last day is required");
        }
        LocalDate until = DaysChanged.orEndOfTime(schedule.validUntil().orElse(null));
        if (lastDay.isBefore(until)) {
            requireUnlocked(lastDay.plusDays(1), until);
        }
        schedule.endAfter(lastDay);
        audit.record(
                "SCHEDULE_ENDED",
                "WorkSchedule",
                scheduleId,
                AuditDetail.of("schedule", schedule.name()).and("lastDay", lastDay));
        if (lastDay.isBefore(until)) {
            daysChanged.fire(new DaysChanged(
                    schedule.employee().map(Employee::id).orElse(null),
                    schedule.employee().isPresent()
                            ? null
                            : schedule.opd().map(Opd::id).orElse(null),
                    lastDay.plusDays(1),
                    until));
        }
    }

    /** The regency's and the OPDs' schedules (BKPSDMD). */
    public List<ScheduleRow> sharedSchedules() {
        scope.current().requireBkpsdmd();
        return schedules.sharedSchedules().stream().map(ScheduleRow::of).toList();
    }

    /** One ASN's personal schedules, for whoever may see the ASN. */
    public List<ScheduleRow> personalSchedulesOf(long employeeId) {
        Employee employee = employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_EMPLOYEE, "No ASN " + employeeId));
        scope.current().requireSee(employee.opd());
        return schedules.personalSchedulesOf(employeeId).stream()
                .map(ScheduleRow::of)
                .toList();
    }

    /** The year's calendar of days off, for everyone in the admin screens. */
    public List<HolidayRow> holidaysIn(int year) {
        scope.current();
        return holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(HolidayRow::of)
                .toList();
    }

    /** Takes a day off out of the calendar (BKPSDMD), e.g. one declared by mistake. */
    public void removeHoliday(long holidayId) {
        scope.current().requireBkpsdmd();
        Holiday holiday = holidays.find(holidayId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no holiday " + holidayId));
        requireUnlocked(holiday.date(), holiday.date());
        holidays.remove(holiday);
        audit.record(
                "HOLIDAY_REMOVED",
                "Holiday",
                holidayId,
                AuditDetail.of("date", holiday.date()).and("name", holiday.name()));
        daysChanged.fire(
                new DaysChanged(null, holiday.opd().map(Opd::id).orElse(null), holiday.date(), holiday.date()));
    }

    private static String checkedName(String name) {
        return FreeText.of(name, "name", 200).strip();
    }

    private LocalDate checked(LocalDate from, LocalDate until) {
        if (from == null || (until != null && until.isBefore(from))) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DATES, "a schedule starts on a date and ends on or after it");
        }
        requireUnlocked(from, DaysChanged.orEndOfTime(until));
        return from;
    }

    /** Refuses a change to a day of a locked month (only months gone by can be locked). */
    private void requireUnlocked(LocalDate from, LocalDate until) {
        LocalDate today = clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
        if (!from.isAfter(today)) {
            monthClose.requireOpen(from, until.isAfter(today) ? today : until);
        }
    }

    private long audited(WorkSchedule schedule) {
        audit.record(
                "SCHEDULE_DEFINED",
                "WorkSchedule",
                schedule.id(),
                AuditDetail.of("schedule", schedule.name())
                        .and("validFrom", schedule.validFrom())
                        .and("validUntil", schedule.validUntil().orElse(null)));
        return schedule.id();
    }

    public long declareHoliday(LocalDate date, HolidayType type, String name) {
        scope.current().requireBkpsdmd();
        if (date == null || type == null || type == HolidayType.LOCAL) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_HOLIDAY,
                    "a regency-wide day off has a date and is national" + " or cuti bersama");
        }
        if (holidays.on(date).isPresent()) {
            throw new ConflictException(ProblemCode.DUPLICATE_HOLIDAY, "there is a day off on " + date + " already");
        }
        requireUnlocked(date, date);
        Holiday holiday = holidays.store(new Holiday(date, type, checkedName(name)));
        audit.record(
                "HOLIDAY_DECLARED",
                "Holiday",
                holiday.id(),
                AuditDetail.of("date", date).and("holidayType", type).and("name", holiday.name()));
        daysChanged.fire(DaysChanged.ofEveryone(date, date));
        return holiday.id();
    }

    public long declareLocalHoliday(String opdCode, LocalDate date, String name) {
        scope.current().requireBkpsdmd();
        Opd opd = opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "No OPD with code " + opdCode));
        if (date == null) {
            throw new InvalidInputException(ProblemCode.INVALID_HOLIDAY, "a day off has a date");
        }
        if (holidays.applyingTo(List.of(opd.id()), date)
                .filter(h -> h.opd().isPresent())
                .isPresent()) {
            throw new ConflictException(ProblemCode.DUPLICATE_HOLIDAY, "OPD " + opdCode + " has a day off on " + date);
        }
        requireUnlocked(date, date);
        Holiday holiday = holidays.store(Holiday.localTo(opd, date, checkedName(name)));
        audit.record(
                "HOLIDAY_DECLARED",
                "Holiday",
                holiday.id(),
                AuditDetail.of("date", date)
                        .and("holidayType", HolidayType.LOCAL)
                        .and("name", holiday.name())
                        .and("opd", opdCode));
        daysChanged.fire(DaysChanged.ofOpd(opd.id(), date, date));
        return holiday.id();
    }
}
