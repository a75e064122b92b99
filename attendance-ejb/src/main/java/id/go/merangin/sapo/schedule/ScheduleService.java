package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public long defineForRegency(String name, WorkWeek week, LocalDate from, LocalDate until) {
        return audited(schedules.store(WorkSchedule.regencyWide(name, week, from, until)));
    }

    public long defineForOpd(String opdCode, String name, WorkWeek week, LocalDate from, LocalDate until) {
        Opd opd = opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_OPD", "No OPD with code " + opdCode));
        return audited(schedules.store(WorkSchedule.forOpd(opd, name, week, from, until)));
    }

    public long defineForEmployee(long employeeId, String name, WorkWeek week, LocalDate from, LocalDate until) {
        Employee employee = employees.find(employeeId)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_EMPLOYEE", "No ASN " + employeeId));
        return audited(schedules.store(WorkSchedule.forEmployee(employee, name, week, from, until)));
    }

    private long audited(WorkSchedule schedule) {
        audit.record("SCHEDULE_DEFINED", "WorkSchedule", schedule.id(), schedule.name() + " from "
                + schedule.validFrom() + schedule.validUntil().map(until -> " until " + until).orElse(""));
        return schedule.id();
    }

    public long declareHoliday(LocalDate date, HolidayType type, String name) {
        Holiday holiday = holidays.store(new Holiday(date, type, name));
        audit.record("HOLIDAY_DECLARED", "Holiday", holiday.id(), date + " " + type + " " + name);
        return holiday.id();
    }

    public long declareLocalHoliday(String opdCode, LocalDate date, String name) {
        Opd opd = opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_OPD", "No OPD with code " + opdCode));
        Holiday holiday = holidays.store(Holiday.localTo(opd, date, name));
        audit.record("HOLIDAY_DECLARED", "Holiday", holiday.id(), date + " LOCAL " + opdCode + " " + name);
        return holiday.id();
    }

    /** What {@code date} holds for the employee. */
    public DayPlan planFor(Employee employee, LocalDate date) {
        return planFor(employee, date, date).get(0);
    }

    /** What each date from {@code from} to {@code until} holds for the employee, in date order. */
    public List<DayPlan> planFor(Employee employee, LocalDate from, LocalDate until) {
        List<Long> opdChain = employee.opd().selfAndParentIds();
        List<WorkSchedule> candidates = schedules.candidatesFor(employee.id(), opdChain, from, until);
        Map<LocalDate, Holiday> holidayOn = new HashMap<>();
        for (Holiday holiday : holidays.applyingBetween(opdChain, from, until)) {
            holidayOn.putIfAbsent(holiday.date(), holiday);
        }
        List<DayPlan> plans = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            LocalDate day = date;
            Optional<AttendanceWindows> windows = ScheduleResolution.choose(candidates, day, opdChain)
                    .flatMap(schedule -> AttendanceWindows.on(day, schedule.week(), WindowRules.DEFAULT));
            plans.add(new DayPlan(day, Optional.ofNullable(holidayOn.get(day)), windows));
        }
        return plans;
    }

}
