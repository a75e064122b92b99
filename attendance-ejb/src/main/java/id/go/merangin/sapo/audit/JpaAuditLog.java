package id.go.merangin.sapo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link AuditLog} on JPA; the table itself refuses updates and deletes. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select a from AuditEntry a order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }
}
