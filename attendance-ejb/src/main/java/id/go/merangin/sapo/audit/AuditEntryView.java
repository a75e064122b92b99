package id.go.merangin.sapo.audit;

import java.time.Instant;

/** One line of the audit log as the screens show it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String detail, String sourceAddress) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                entry.entityId().orElse(null), entry.detail().orElse(null), entry.sourceAddress().orElse(null));
    }
}
