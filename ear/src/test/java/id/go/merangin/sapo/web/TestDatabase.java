package id.go.merangin.sapo.web;

import id.go.merangin.sapo.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' database, straight from the test JVM: for ids a screen's URL needs and for bulk fixtures (thousands of
 * ASN) that would take minutes through the API. Never used to check what a screen should show.
 */
final class TestDatabase {

    private TestDatabase() {}

    static long number(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String... statements) {
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return TestPostgres.testsDatabase();
    }
}
