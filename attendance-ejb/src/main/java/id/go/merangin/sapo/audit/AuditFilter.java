package id.go.merangin.sapo.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit log is narrowed to: who (part of the login or the name), which action (its code, exactly), and the
 * days from and until (both included, in the regency's zone). Every part may be left out.
 */
public record AuditFilter(String actor, String action, LocalDate from, LocalDate until) implements Serializable {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

    /** A filter whose days run backwards finds nothing; the screen refuses it before asking. */
    public boolean isValid() {
        return from == null || until == null || !until.isBefore(from);
    }
}
