package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.platform.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ProblemReportRepository} on JPA; the replies are stored with their report. */
@ApplicationScoped
public class JpaProblemReportRepository implements ProblemReportRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public ProblemReport store(ProblemReport report) {
        if (report.id() == null) {
            em.persist(report);
            return report;
        }
        return em.merge(report);
    }

    @Override
    public Optional<ProblemReport> find(long id) {
        return Optional.ofNullable(em.find(ProblemReport.class, id));
    }

    @Override
    public List<ProblemReport> of(Employee employee) {
        return em.createQuery(
                        "select r from ProblemReport r where r.employee = :employee"
                                + " order by r.createdAt desc, r.id desc",
                        ProblemReport.class)
                .setParameter("employee", employee)
                .getResultList();
    }

    @Override
    public Optional<ProblemReport> byIdempotencyKey(long employeeId, String key) {
        return em.createQuery(
                        "select r from ProblemReport r where r.employee.id = :employee"
                                + " and r.idempotencyKey = :key",
                        ProblemReport.class)
                .setParameter("employee", employeeId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ProblemReport> ofOpds(Collection<Long> opdIds, ProblemStatus status, int first, int size) {
        TypedQuery<ProblemReport> query = em.createQuery(
                        "select p from ProblemReport p join fetch p.employee e"
                                + " join fetch e.opd left join fetch p.attempt" + where(status)
                                + " order by case when p.status = :open then 0 else 1 end, p.createdAt desc, p.id desc",
                        ProblemReport.class)
                .setParameter("open", ProblemStatus.OPEN);
        bind(query, opdIds, status);
        return Paging.page(query, first, size).getResultList();
    }

    @Override
    public long countOfOpds(Collection<Long> opdIds, ProblemStatus status) {
        TypedQuery<Long> query =
                em.createQuery("select count(p) from ProblemReport p join p.employee e" + where(status), Long.class);
        bind(query, opdIds, status);
        return query.getSingleResult();
    }

    private static String where(ProblemStatus status) {
        return " where e.opd.id in :opds" + (status == null ? "" : " and p.status = :status");
    }

    private static void bind(TypedQuery<?> query, Collection<Long> opdIds, ProblemStatus status) {
        query.setParameter("opds", opdIds);
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
