package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.employee.Employee;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where leave requests are kept. */
public interface LeaveRequestRepository {

    LeaveRequest store(LeaveRequest request);

    Optional<LeaveRequest> find(long id);

    List<LeaveRequest> of(Employee employee);

    /**
     * The approved requests of {@code employee} that cover {@code date}: a request for whole days, or the day's
     * part-day permits (see {@link LeaveType#partDay()}); none on nearly every day.
     */
    List<LeaveRequest> approvedOn(long employeeId, LocalDate date);

    /** The approved requests of {@code employee} that touch the given dates, by start date. */
    List<LeaveRequest> approvedBetween(long employeeId, LocalDate from, LocalDate until);

    /** The pending and approved requests of {@code employee} that touch the given dates, earliest first. */
    List<LeaveRequest> pendingOrApprovedBetween(long employeeId, LocalDate from, LocalDate until);

    Optional<LeaveRequest> byIdempotencyKey(long employeeId, String key);

    /**
     * A page of the requests of the ASN of {@code opdIds} in {@code state} (null: any), with their ASN and OPD: the
     * pending ones first, then the newest.
     */
    List<LeaveRequest> ofOpds(Collection<Long> opdIds, LeaveState state, int first, int size);

    /** How many requests {@link #ofOpds} pages through. */
    long countOfOpds(Collection<Long> opdIds, LeaveState state);

    /** The approved requests of {@code employeeIds} that touch the given dates, earliest first. */
    List<ApprovedLeave> approvedLeaves(Collection<Long> employeeIds, LocalDate from, LocalDate until);
}
