package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void aRefusedOrLostConnectionIsAnOutageHoweverDeepItLies() {
        PSQLException refused =
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("EJB", new RuntimeException(refused))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException(
                        "IJ000453: Unable to get managed connection",
                        new ResourceException(
                                "IJ000655: No managed connections available within configured blocking" + " timeout"))))
                .isTrue();
    }

    @Test
    void aCommitLostWithTheConnectionIsAnOutage() {
        // as WildFly reports a commit when PostgreSQL's postmaster was killed: the JDBC failure only suppressed
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception(
                "IJ001156: Could not commit local transaction",
                new ResourceException(
                        "SQLException",
                        new PSQLException(
                                "FATAL: terminating connection due to unexpected postmaster exit",
                                PSQLState.UNKNOWN_STATE))));
        assertThat(DatabaseOutage.causedBy(new RuntimeException("EJB", rollback)))
                .isTrue();
    }

    @Test
    void aFaultOfSapoOrItsDataIsNot() {
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        RuntimeException selfSuppressing = new RuntimeException("bug");
        selfSuppressing.addSuppressed(new IllegalStateException("cleanup", selfSuppressing));
        assertThat(DatabaseOutage.causedBy(selfSuppressing)).isFalse();
    }
}
