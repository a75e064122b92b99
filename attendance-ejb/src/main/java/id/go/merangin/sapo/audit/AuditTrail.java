package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.platform.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Writes every administrative change to the append-only {@link AuditLog}, in the same transaction as the change
 * itself, so a change and its audit line stand or fall together. The actor is the caller's principal ("system" for
 * timers and start-up work), and the source the client's address where a web request is going on.
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

    @Inject
    Instance<RequestOrigin> origin;

    /** Records an action of the caller; {@code detail} may be {@code null} where the action says it all. */
    public void record(String action, String entityType, Object entityId, AuditDetail detail) {
        String actor = session.getCallerPrincipal() == null
                ? SYSTEM
                : session.getCallerPrincipal().getName();
        recordAs("anonymous".equals(actor) ? SYSTEM : actor, action, entityType, entityId, detail);
    }

    /** For what happens before the caller is known to the container, such as an officer's login. */
    public void recordAs(String actor, String action, String entityType, Object entityId, AuditDetail detail) {
        log.append(new AuditEntry(
                clock.instant(),
                actor,
                action,
                entityType,
                entityId == null ? null : entityId.toString(),
                detail == null ? null : detail.json(),
                sourceAddress()));
    }

    /** The client's address when a request is going on (not for timers and start-up work). */
    private String sourceAddress() {
        try {
            return origin.get().address().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> latest(int max) {
        return log.latest(max);
    }
}
