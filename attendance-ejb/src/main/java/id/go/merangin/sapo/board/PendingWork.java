package id.go.merangin.sapo.board;

import id.go.merangin.sapo.employee.OfficerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What waits for an officer's decision within their reach, counted for the menu's badges: registrations to verify,
 * requests to move to a new phone, leave requests to decide and open problem reports. One statement of four counts
 * over indexed states, so that every page may show it.
 */
@Stateless
public class PendingWork {

    /** How much of each kind of work waits. */
    public record Counts(long registrations, long phoneMoves, long leaveRequests, long problemReports) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private static final String IN_REACH = " join employee e on e.id = x.employee_id where e.opd_id in (:ids)";

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    public Counts waiting() {
        List<Long> ids = List.copyOf(scope.visibleOpdIds(scope.current()));
        if (ids.isEmpty()) {
            return Counts.NONE;
        }
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from account x" + IN_REACH + " and x.status = 'PENDING'),"
                        + " (select count(*) from rebind_request r join account x on x.id = r.account_id" + IN_REACH
                        + " and r.status = 'PENDING'),"
                        + " (select count(*) from leave_request x" + IN_REACH + " and x.state = 'PENDING'),"
                        + " (select count(*) from problem_report x" + IN_REACH + " and x.status = 'OPEN')")
                .setParameter("ids", ids)
                .getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
