package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.DaysVersion;
import id.go.merangin.sapo.shared.KeptUntilChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link LeaveRequestRepository} on JPA. */
@ApplicationScoped
public class JpaLeaveRequestRepository implements LeaveRequestRepository {

    /** Dates kept at most: today, and the few a review may ask for. */
    private static final int DATES_KEPT = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    DaysVersion version;

    private final KeptUntilChange<LocalDate, Set<Long>> onLeave =
            new KeptUntilChange<>(DATES_KEPT, () -> version.current());

    @Override
    public LeaveRequest store(LeaveRequest request) {
        if (request.id() == null) {
            em.persist(request);
            return request;
        }
        return em.merge(request);
    }

    @Override
    public Optional<LeaveRequest> find(long id) {
        return Optional.ofNullable(em.find(LeaveRequest.class, id));
    }

    @Override
    public List<LeaveRequest> of(Employee employee) {
        return em.createQuery(
                        "select r from LeaveRequest r where r.employee = :employee"
                                + " order by r.startDate desc, r.id desc",
                        LeaveRequest.class)
                .setParameter("employee", employee)
                .getResultList();
    }

    /**
     * Asked on every check-in of the morning rush, and nearly always "no": who is on approved leave on a date is read
     * once and kept until a leave is approved (the only way into APPROVED, which fires {@link DaysChanged}).
     */
    @Override
    public List<LeaveRequest> approvedOn(long employeeId, LocalDate date) {
        if (!onLeave.get(date, this::onApprovedLeave).contains(employeeId)) {
            return List.of();
        }
        return approvedBetween(employeeId, date, date);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DaysChanged change) {
        onLeave.forget();
    }

    private Set<Long> onApprovedLeave(LocalDate date) {
        return Set.copyOf(em.createQuery(
                        "select r.employee.id from LeaveRequest r"
                                + " where r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                                + " and r.startDate <= :date and r.endDate >= :date",
                        Long.class)
                .setParameter("date", date)
                .getResultList());
    }

    @Override
    public List<LeaveRequest> approvedBetween(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select r from LeaveRequest r where r.employee.id = :employee"
                                + " and r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                                + " and r.startDate <= :until and r.endDate >= :from order by r.startDate, r.id",
                        LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<LeaveRequest> pendingOrApprovedBetween(long employeeId, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select r from LeaveRequest r where r.employee.id = :employee"
                                + " and r.state in (id.go.merangin.sapo.leave.LeaveState.PENDING,"
                                + " id.go.merangin.sapo.leave.LeaveState.APPROVED)"
                                + " and r.startDate <= :until and r.endDate >= :from order by r.startDate",
                        LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public Optional<LeaveRequest> byIdempotencyKey(long employeeId, String key) {
        return em.createQuery(
                        "select r from LeaveRequest r where r.employee.id = :employee" + " and r.idempotencyKey = :key",
                        LeaveRequest.class)
                .setParameter("employee", employeeId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LeaveRequest> ofOpds(Collection<Long> opdIds, LeaveState state, int first, int size) {
        TypedQuery<LeaveRequest> query = em.createQuery(
                        "select r from LeaveRequest r join fetch r.employee e"
                                + " join fetch e.opd" + where(state)
                                + " order by case when r.state = :pending then 0 else 1 end,"
                                + " r.createdAt desc, r.id desc",
                        LeaveRequest.class)
                .setParameter("pending", LeaveState.PENDING);
        bind(query, opdIds, state);
        return Paging.page(query, first, size).getResultList();
    }

    @Override
    public long countOfOpds(Collection<Long> opdIds, LeaveState state) {
        TypedQuery<Long> query =
                em.createQuery("select count(r) from LeaveRequest r join r.employee e" + where(state), Long.class);
        bind(query, opdIds, state);
        return query.getSingleResult();
    }

    private static String where(LeaveState state) {
        return " where e.opd.id in :opds" + (state == null ? "" : " and r.state = :state");
    }

    private static void bind(TypedQuery<?> query, Collection<Long> opdIds, LeaveState state) {
        query.setParameter("opds", opdIds);
        if (state != null) {
            query.setParameter("state", state);
        }
    }

    /** Only the columns a day's code reads, not the requests: the nightly run reads a month of every ASN. */
    @Override
    public List<ApprovedLeave> approvedLeaves(Collection<Long> employeeIds, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select r.employee.id, r.type, r.startDate, r.endDate, r.permitTime from LeaveRequest r"
                                + " where r.employee.id in :ids"
                                + " and r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                                + " and r.startDate <= :until and r.endDate >= :from order by r.startDate",
                        Object[].class)
                .setParameter("ids", employeeIds)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(row -> new ApprovedLeave(
                        (Long) row[0], (LeaveType) row[1], (LocalDate) row[2], (LocalDate) row[3], (LocalTime) row[4]))
                .toList();
    }
}
