package id.go.merangin.sapo.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** {@link PendingWorkRepository} on JPA: one native statement of four counts over indexed states. */
@ApplicationScoped
public class JpaPendingWorkRepository implements PendingWorkRepository {

    private static final String IN_REACH = " join employee e on e.id = x.employee_id where e.opd_id in (:ids)";

    @PersistenceContext
    EntityManager em;

    @Override
    public PendingCounts waitingIn(Collection<Long> opdIds) {
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from account x" + IN_REACH + " and x.status = 'PENDING'),"
                        + " (select count(*) from rebind_request r join account x on x.id = r.account_id" + IN_REACH
                        + " and r.status = 'PENDING'),"
                        + " (select count(*) from leave_request x" + IN_REACH + " and x.state = 'PENDING'),"
                        + " (select count(*) from problem_report x" + IN_REACH + " and x.status = 'OPEN')")
                .setParameter("ids", opdIds)
                .getSingleResult();
        return new PendingCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
