package id.go.merangin.sapo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The tests' PostgreSQL as SAPO's role reaches it from the test JVM: over TCP with the role's password (bin/test
 * hands it over in {@code DB_PASSWORD}, as to WildFly), never as a superuser. Scratch databases are made from the
 * PostGIS template that bin/test prepared ({@code sapo.test.db.template}), since PostGIS is not an extension SAPO's
 * role may create.
 */
public final class TestPostgres {

    private static final String TESTS_DATABASE = System.getProperty("sapo.test.db.url");
    private static final String SERVER = TESTS_DATABASE.replaceFirst("/[^/]*$", "/");
    private static final String USER = System.getProperty("sapo.test.db.user");
    private static final String TEMPLATE = System.getProperty("sapo.test.db.template", "sapo_postgis_template");

    private TestPostgres() {}

    /** The password of SAPO's role, or {@code null} where PostgreSQL asks for none. */
    public static String password() {
        return System.getenv("DB_PASSWORD");
    }

    /** A connection to the tests' shared database. */
    public static Connection testsDatabase() throws SQLException {
        return DriverManager.getConnection(TESTS_DATABASE, USER, password());
    }

    /** A connection to {@code database} on the tests' server. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, password());
    }

    /** The JDBC URL of {@code database} on the tests' server. */
    public static String url(String database) {
        return SERVER + database;
    }

    public static String user() {
        return USER;
    }

    /** A new empty database with PostGIS, owned by SAPO's role, named {@code prefix} and a random part. */
    public static String scratchDatabase(String prefix) throws SQLException {
        String database = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("create database " + database + " template " + TEMPLATE);
        }
        return database;
    }

    public static void drop(String database) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
        }
    }
}
