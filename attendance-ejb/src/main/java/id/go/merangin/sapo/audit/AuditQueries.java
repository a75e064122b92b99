package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/**
 * Reading the audit log, BKPSDMD's alone: one page at a time, newest first, filtered by who and what. The role is
 * checked here, whatever screen asks.
 */
@Stateless
@RolesAllowed("BKPSDMD")
public class AuditQueries {


    @PersistenceContext
    EntityManager em;

    public List<AuditEntryView> page(int first, int size, String actor, String action) {
        TypedQuery<AuditEntry> query = em.createQuery("select a from AuditEntry a" + where(actor, action)
                + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        bind(query, actor, action);
        return Paging.page(query, first, size)
                .getResultStream()
                .map(AuditEntryView::of)
                .toList();
    }

    public long count(String actor, String action) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a" + where(actor, action),
                Long.class);
        bind(query, actor, action);
        return query.getSingleResult();
    }

    private static String where(String actor, String action) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (SearchText.present(actor)) {
            where.append(" and lower(a.actor) like :actor escape '\\'");
        }
        if (SearchText.present(action)) {
            where.append(" and a.action like :action escape '\\'");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String actor, String action) {
        if (SearchText.present(actor)) {
            query.setParameter("actor", SearchText.containing(actor));
        }
        if (SearchText.present(action)) {
            query.setParameter("action", SearchText.containing(action).toUpperCase(Locale.ROOT));
        }
    }

}
