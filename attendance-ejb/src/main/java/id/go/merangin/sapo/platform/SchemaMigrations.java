package id.go.merangin.sapo.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The Flyway configuration of SAPO's schema: the server runs it at start-up, the tests on an empty database. */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }
}
