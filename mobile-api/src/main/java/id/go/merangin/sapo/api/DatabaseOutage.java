package id.go.merangin.sapo.api;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a request failed because the database cannot be reached right now (down, restarting, refusing
 * connections, the connection pool unable to open one), rather than because of a fault in SAPO: then the phone is
 * told to try again (503 with Retry-After), which is what its outbox does with the same Idempotency-Key, and nothing
 * was stored. Decided from the standard parts of the failure: the JDBC exception's type or SQLSTATE (class 08,
 * connection exception; 57P01 to 57P03, the server shutting down or starting; 53300, too many connections), or the
 * connection pool's refusal.
 */
final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
