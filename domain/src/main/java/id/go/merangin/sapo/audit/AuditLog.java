package id.go.merangin.sapo.audit;

import java.util.List;

/** The append-only audit log: entries are added, read, and never changed. */
public interface AuditLog {

    void append(AuditEntry entry);

    List<AuditEntry> latest(int max);
}
