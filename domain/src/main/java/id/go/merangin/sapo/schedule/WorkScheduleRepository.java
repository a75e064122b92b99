package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where work schedules are kept. */
public interface WorkScheduleRepository {

    List<WorkSchedule> regencyWide();

    /**
     * Every schedule in force at some point between the two dates that could apply to the employee: their own,
     * one of {@code opdIds}' (their OPD and its parents), or the regency's.
     */
    List<WorkSchedule> candidatesFor(long employeeId, Collection<Long> opdIds, LocalDate from, LocalDate until);

    /**
     * The schedules in force at some point between the two dates that are not personal: {@code opdIds}' and the
     * regency's. With {@link #personalBetween}, what {@link #candidatesFor} gives for many ASN of one OPD at once.
     */
    List<WorkSchedule> sharedBetween(Collection<Long> opdIds, LocalDate from, LocalDate until);

    /** The ASN with a personal schedule in force at some point between the two dates. */
    List<Long> withPersonalScheduleBetween(LocalDate from, LocalDate until);

    /** The personal schedules of {@code employeeIds} in force at some point between the two dates. */
    List<WorkSchedule> personalBetween(Collection<Long> employeeIds, LocalDate from, LocalDate until);

    WorkSchedule store(WorkSchedule schedule);

    Optional<WorkSchedule> find(long id);

    /** The regency's and every OPD's schedules, the newest first (personal ones are listed per ASN). */
    List<WorkSchedule> sharedSchedules();

    /** One ASN's personal schedules, the newest first. */
    List<WorkSchedule> personalSchedulesOf(long employeeId);
}
