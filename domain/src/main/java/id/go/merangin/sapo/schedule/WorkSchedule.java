package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A named set of working hours per weekday, in force between two dates (open-ended when {@code validUntil} is
 * empty), for the whole regency, for one OPD, or for one ASN (a shift). Date-ranged variants such as Ramadan are
 * schedules of their own with a narrower range; which one applies to an ASN on a date is decided by the schedule
 * services, the hours themselves by {@link WorkWeek}.
 * <p>Cached by Hibernate (second level): read on every check-in, changed rarely and only through SAPO.
 */
@Entity
@Table(name = "work_schedule")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class WorkSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_schedule_seq")
    @SequenceGenerator(name = "work_schedule_seq", sequenceName = "work_schedule_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opd_id")
    private Opd opd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "work_schedule_day", joinColumns = @JoinColumn(name = "work_schedule_id"))
    private List<ScheduleDay> days = new ArrayList<>();

    protected WorkSchedule() {
        // for JPA
    }

    private WorkSchedule(String name, WorkWeek week, LocalDate validFrom, LocalDate validUntil) {
        this.name = Objects.requireNonNull(name, "name");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid until " + validUntil + " is before valid from " + validFrom);
        }
        this.validUntil = validUntil;
        replaceWeek(week);
    }

    /** A schedule for the whole regency. */
    public static WorkSchedule regencyWide(String name, WorkWeek week, LocalDate validFrom, LocalDate validUntil) {
        return new WorkSchedule(name, week, validFrom, validUntil);
    }

    /** A schedule for one OPD, overriding the regency's. */
    public static WorkSchedule forOpd(Opd opd, String name, WorkWeek week, LocalDate validFrom, LocalDate validUntil) {
        WorkSchedule schedule = new WorkSchedule(name, week, validFrom, validUntil);
        schedule.opd = Objects.requireNonNull(opd, "opd");
        return schedule;
    }

    /** A personal schedule (a shift) for one ASN, overriding their OPD's. */
    public static WorkSchedule forEmployee(
            Employee employee, String name, WorkWeek week, LocalDate validFrom, LocalDate validUntil) {
        WorkSchedule schedule = new WorkSchedule(name, week, validFrom, validUntil);
        schedule.employee = Objects.requireNonNull(employee, "employee");
        return schedule;
    }

    public void replaceWeek(WorkWeek week) {
        days.clear();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.on(day).ifPresent(hours -> days.add(new ScheduleDay(day, hours)));
        }
    }

    /** Ends the schedule after {@code lastDay} (inclusive); from the next day the schedule below applies again. */
    public void endAfter(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DATES, "a schedule cannot end before it starts on " + validFrom);
        }
        this.validUntil = lastDay;
    }

    public WorkWeek week() {
        Map<DayOfWeek, DaySchedule> hours = new EnumMap<>(DayOfWeek.class);
        for (ScheduleDay day : days) {
            hours.put(day.dayOfWeek(), day.toDaySchedule());
        }
        return new WorkWeek(hours);
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<Opd> opd() {
        return Optional.ofNullable(opd);
    }

    public Optional<Employee> employee() {
        return Optional.ofNullable(employee);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }
}
