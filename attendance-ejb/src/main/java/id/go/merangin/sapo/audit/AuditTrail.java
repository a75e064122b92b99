package id.go.merangin.sapo.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Writes every administrative change to the append-only {@link AuditLog}, in the same transaction as the change
 * itself, so a change and its audit line stand or fall together. The actor is the caller's principal ("system" for
 * timers and start-up work).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    static final String SYSTEM = "system";

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public void record(String action, String entityType, Object entityId, String detail) {
        String actor = session.getCallerPrincipal() == null ? SYSTEM : session.getCallerPrincipal().getName();
        recordAs("anonymous".equals(actor) ? SYSTEM : actor, action, entityType, entityId, detail);
    }

    /** For what happens before the caller is known to the container, such as an officer's login. */
    public void recordAs(String actor, String action, String entityType, Object entityId, String detail) {
        log.append(new AuditEntry(clock.instant(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), detail, null));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> latest(int max) {
        return log.latest(max);
    }
}
