package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * SAPO's Flyway migrations, the same configuration the server runs at start-up, build the whole schema in a brand
 * new empty PostgreSQL database, and the constraints they create hold.
 */
class SchemaMigrationIT {

    private static String database;

    private static MigrateResult migration;

    @BeforeAll
    static void migrateAnEmptyDatabase() throws SQLException {
        // PostGIS is not a trusted extension: as in production, a superuser created it (in the template bin/test
        // prepared), then SAPO migrates as its own role
        database = TestPostgres.scratchDatabase("sapo_it_");
        migration = SchemaMigrations.flyway(dataSource()).migrate();
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        TestPostgres.drop(database);
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestPostgres.url(database));
        dataSource.setUser(TestPostgres.user());
        dataSource.setPassword(TestPostgres.password());
        return dataSource;
    }

    private static List<String> strings(String query) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    @Test
    void createsEveryTableFromNothing() throws SQLException {
        assertThat(migration.success).isTrue();
        assertThat(migration.initialSchemaVersion).isNull();
        assertThat(strings("select table_name from information_schema.tables where table_schema = 'public'"))
                .contains(
                        "opd",
                        "office_location",
                        "employee",
                        "account",
                        "account_role",
                        "device",
                        "work_schedule",
                        "work_schedule_day",
                        "holiday",
                        "attendance_event",
                        "audit_entry");
    }

    @Test
    void storesOfficeLocationsAsGeographyInWgs84() throws SQLException {
        assertThat(strings("select type || ':' || srid from geography_columns where f_table_name = 'office_location'"
                        + " order by f_geography_column"))
                .containsExactly("Polygon:4326", "Point:4326");
    }

    @Test
    void usesSequencesThatStepByFiftySoInsertsCanBatch() throws SQLException {
        assertThat(strings("select increment_by from pg_sequences where sequencename = 'attendance_event_seq'"))
                .containsExactly("50");
    }

    @Test
    void keepsOneAcceptedEventPerTypeAndDay() throws SQLException {
        execute(
                "insert into opd (id, code, name) values (1, 'X', 'Uji')",
                "insert into employee (id, nip, name, birth_date, sex, opd_id)"
                        + " values (1, '199001152015031001', 'Uji', '1990-01-15', 'MALE', 1)",
                "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date)"
                        + " values (1, 1, 'CHECK_IN', 'ACCEPTED', now(), '2026-03-02')",
                "insert into attendance_event (id, employee_id, event_type, decision, reason_code, server_time,"
                        + " work_date) values (2, 1, 'CHECK_IN', 'REFUSED', 'OUTSIDE_GEOFENCE', now(), '2026-03-02')");

        assertThatThrownBy(() -> execute(
                        "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date)"
                                + " values (3, 1, 'CHECK_IN', 'ACCEPTED', now(), '2026-03-02')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("attendance_event_one_accepted_per_day");
    }

    @Test
    void refusesToChangeOrDeleteTheAuditLog() throws SQLException {
        execute("insert into audit_entry (id, occurred_at, actor, action, entity_type)"
                + " values (1, now(), 'admin.bangko', 'OPD_CREATED', 'Opd')");

        assertThatThrownBy(() -> execute("update audit_entry set actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_entry")).hasMessageContaining("append-only");
        assertThat(strings("select actor from audit_entry")).containsExactly("admin.bangko");
    }
}
