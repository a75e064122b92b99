package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An OPD's monthly recap for the screens, one page of ASN at a time (each worked out on demand by
 * {@link RecapService}), and where the month's close stands. Anyone who may see the OPD may read it.
 */
@Stateless
public class RecapQueries {


    /** Where an OPD's month stands: verified by whom (null if not yet), and whether BKPSDMD locked the month. */
    public record CloseStatus(String verifiedBy, boolean locked) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    RecapService recaps;

    @Inject
    MonthClose close;

    public List<RecapRow> page(long opdId, YearMonth month, int first, int size) {
        Opd opd = seen(opdId);
        TypedQuery<Employee> query = em.createQuery("select e from Employee e join fetch e.opd where e.opd = :opd"
                        + " and e.active order by e.name, e.nip", Employee.class)
                .setParameter("opd", opd);
        List<Employee> staff = Paging.page(query, first, size).getResultList();
        Map<Long, MonthSummary> months = recaps.monthsOf(staff, month, recaps.rulesFor(month));
        return staff.stream()
                .map(employee -> new RecapRow(employee.id(), employee.nip().value(), employee.name(),
                        MonthRecapView.of(months.get(employee.id()))))
                .toList();
    }

    public long count(long opdId) {
        return em.createQuery("select count(e) from Employee e where e.opd = :opd and e.active", Long.class)
                .setParameter("opd", seen(opdId))
                .getSingleResult();
    }

    public CloseStatus status(long opdId, YearMonth month) {
        Opd opd = seen(opdId);
        Map<Long, String> verified = close.verifiedOpds(month, List.of(opd.id()));
        return new CloseStatus(verified.get(opd.id()), close.isLocked(month));
    }

    private Opd seen(long opdId) {
        Opd opd = opds.find(opdId).orElseThrow(() -> new NotFoundException("UNKNOWN_OPD", "no OPD " + opdId));
        scope.current().requireSee(opd);
        return opd;
    }
}
