package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.employee.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
