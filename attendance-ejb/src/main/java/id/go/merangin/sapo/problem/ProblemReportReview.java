package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * The officers' side of problem reports: the reports of the ASN in reach, open ones first, and the answers. The
 * admin OPD (or BKPSDMD) answers, signed with its name, and the ASN reads the answer through the API; a pimpinan
 * reads but does not answer.
 */
@Stateless
public class ProblemReportReview {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemReportRepository reports;

    @Inject
    OfficerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ProblemReportRow> page(int first, int size, ProblemStatus status) {
        TypedQuery<ProblemReport> query = em.createQuery("select p from ProblemReport p join fetch p.employee e"
                + " join fetch e.opd left join fetch p.attempt" + where(status)
                + " order by case when p.status = :open then 0 else 1 end, p.createdAt desc, p.id desc",
                ProblemReport.class)
                .setParameter("open", ProblemStatus.OPEN);
        bind(query, status);
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE_SIZE))
                .getResultStream()
                .map(ProblemReportRow::of)
                .toList();
    }

    public long count(ProblemStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(p) from ProblemReport p join p.employee e"
                + where(status), Long.class);
        bind(query, status);
        return query.getSingleResult();
    }

    /** Answers a report of an ASN in the caller's reach; the report is answered from now on. */
    public ProblemReportRow reply(long reportId, String message) {
        Officer officer = scope.current();
        ProblemReport report = reports.find(reportId)
                .orElseThrow(() -> new NotFoundException("NOT_FOUND", "no problem report " + reportId));
        officer.requireManage(report.employee().opd());
        report.answer(officer.username(), message, clock.instant());
        audit.record("PROBLEM_REPORT_ANSWERED", "ProblemReport", reportId, "answered by " + officer.username());
        return ProblemReportRow.of(report);
    }

    private static String where(ProblemStatus status) {
        return " where e.opd.id in :opds" + (status == null ? "" : " and p.status = :status");
    }

    private void bind(TypedQuery<?> query, ProblemStatus status) {
        query.setParameter("opds", scope.visibleOpdIds(scope.current()));
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
