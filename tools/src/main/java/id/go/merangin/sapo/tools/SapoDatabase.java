package id.go.merangin.sapo.tools;

import id.go.merangin.sapo.platform.SchemaMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * SAPO's database as WildFly's datasource finds it: {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}, with
 * the same defaults. It is migrated with the server's own Flyway configuration, so that the command works on a
 * database SAPO never started on, and the server later finds nothing left to do. No message names the password.
 */
final class SapoDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/sapo";
    static final String DEFAULT_USER = "sapo";
    /** The datasource's default (sapo-server.cli); production sets a real one. */
    private static final String DEFAULT_PASSWORD = "sapo";

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    /**
     * Flyway logs through java.util.logging when no other logging is on the class path (as here): only its warnings
     * are shown. Held here so that the logger, and its level, is not collected.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final String shownUrl;

    private SapoDatabase(String url, String user, String password) {
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setApplicationName("sapo-first-officer");
        // PostgreSQL's notices ("extension postgis already exists, skipping") are not for the officer; warnings are
        dataSource.setOptions("-c client_min_messages=warning");
        dataSource.setUser(user);
        dataSource.setPassword(password);
        // last, so that what DB_URL's parameters say wins over the defaults above
        dataSource.setUrl(url);
        // the address without its parameters, which could hold a password
        shownUrl = url.replaceFirst("\\?.*$", "");
    }

    static SapoDatabase fromEnvironment(Map<String, String> environment) throws Refusal {
        String url = environment.getOrDefault("DB_URL", DEFAULT_URL);
        if (!url.startsWith("jdbc:postgresql:")) {
            throw Refusal.badInput("database.url-invalid");
        }
        try {
            return new SapoDatabase(
                    url,
                    environment.getOrDefault("DB_USER", DEFAULT_USER),
                    environment.getOrDefault("DB_PASSWORD", DEFAULT_PASSWORD));
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("database.url-invalid");
        }
    }

    /** The database's address for messages, without parameters. */
    String shownUrl() {
        return shownUrl;
    }

    /** A connection, or why there is none (unreachable, login refused) as exit status 3. */
    Connection connect() throws Refusal {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Refusal.of(ExitCode.DATABASE_UNAVAILABLE, "database.unreachable", shownUrl, e.getMessage());
        }
    }

    /**
     * Applies SAPO's migrations that are missing, as the server does at start-up, once a first connection showed
     * that the database answers (so that an unreachable one is told as such, not as a failed migration).
     */
    MigrateResult migrate() throws Refusal {
        try {
            connect().close();
        } catch (SQLException e) {
            throw Refusal.of(ExitCode.DATABASE_UNAVAILABLE, "database.unreachable", shownUrl, e.getMessage());
        }
        try {
            return SchemaMigrations.flyway(dataSource).migrate();
        } catch (FlywayException e) {
            throw Refusal.of(ExitCode.DATABASE_UNAVAILABLE, "database.migration-failed", shownUrl, e.getMessage());
        }
    }
}
