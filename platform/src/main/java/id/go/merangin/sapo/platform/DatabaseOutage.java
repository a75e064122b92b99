package id.go.merangin.sapo.platform;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Whether a request failed because the database cannot be reached right now (down, restarting, refusing
 * connections, the connection pool unable to open one), rather than because of a fault in SAPO: then the phone is
 * told to try again (503 with Retry-After), which is what its outbox does with the same Idempotency-Key, and the
 * officer gets a page that tries again by itself. Decided from the standard parts of the failure: the JDBC exception's type or SQLSTATE (class 08,
 * connection exception; 57P01 to 57P03, the server shutting down or starting; 53300, too many connections), or the
 * connection pool's refusal.
 */
public final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    /**
     * Looks through the causes and the suppressed exceptions: a commit that fails because the connection died is
     * a RollbackException from the transaction manager whose cause is nothing, the JDBC failure being suppressed in
     * it (as the resource's commit failure).
     */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toSee = new ArrayDeque<>(List.of(failure));
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() != null) {
                toSee.push(cause.getCause());
            }
            toSee.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }
}
