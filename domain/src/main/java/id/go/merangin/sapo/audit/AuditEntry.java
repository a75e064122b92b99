package id.go.merangin.sapo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who (account and role) did what (action) to which record, when, from which address,
 * and a short human-readable detail. The log is append-only: the entity is immutable, and the database refuses
 * updates and deletes of its table.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 60)
    private String entityId;

    @Column(updatable = false, length = 2000)
    private String detail;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String detail,
            String sourceAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = entityId;
        this.detail = detail;
        this.sourceAddress = sourceAddress;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public Optional<String> entityId() {
        return Optional.ofNullable(entityId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> sourceAddress() {
        return Optional.ofNullable(sourceAddress);
    }
}
