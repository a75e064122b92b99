package id.go.merangin.sapo.employee;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.go.merangin.sapo.TestPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/first-officer} as the system tests run it: the jar the tools module built ({@code sapo.tools.dir}), in
 * a process of its own, against a scratch database made for the test (empty but for PostGIS, as in production,
 * dropped afterwards), never against the tests' shared database.
 */
final class FirstOfficerCommand {

    /** How a run ended and what it printed. */
    record Run(int exitCode, String out, String err) {

        String printed() {
            return out + err;
        }
    }

    private FirstOfficerCommand() {}

    /** A new empty database with PostGIS, owned by SAPO's role, as step 3 of the README prepares one. */
    static String scratchDatabase() throws SQLException {
        return TestPostgres.scratchDatabase("sapo_it_first_");
    }

    static void drop(String database) throws SQLException {
        TestPostgres.drop(database);
    }

    /**
     * Runs the command against {@code database} with {@code stdin} as its standard input and the server's variables
     * of the test JVM replaced by {@code environment} (for the iterations, 10,000 unless given, as the tests' server).
     */
    static Run run(String database, Map<String, String> environment, String stdin, String... arguments)
            throws IOException, InterruptedException {
        return start(database, environment, arguments).finish(stdin);
    }

    /** Starts the command without waiting for it, for runs at the same time. */
    static Started start(String database, Map<String, String> environment, String... arguments) throws IOException {
        String tools = System.getProperty("sapo.tools.dir");
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java",
                "-cp",
                tools + "/sapo-tools.jar" + File.pathSeparator + tools + "/lib/*",
                "id.go.merangin.sapo.tools.FirstOfficer"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> variables = builder.environment();
        // failsafe gives the test JVM the server's database; the command gets the scratch one, as the same role
        variables.put("DB_URL", TestPostgres.url(database));
        variables.put("DB_USER", TestPostgres.user());
        variables.put("SAPO_PASSWORD_PBKDF2_ITERATIONS", "10000");
        variables.putAll(environment);
        return new Started(builder.start());
    }

    /** A run under way. */
    static final class Started {

        private final Process process;
        private final CompletableFuture<String> out;
        private final CompletableFuture<String> err;

        private Started(Process process) {
            this.process = process;
            this.out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
            this.err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        }

        Run finish(String stdin) throws InterruptedException {
            try (OutputStream input = process.getOutputStream()) {
                input.write(stdin.getBytes(UTF_8));
            } catch (IOException e) {
                // the command ended before it read its input: what it printed says why
            }
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("bin/first-officer did not end in 3 minutes");
            }
            return new Run(process.exitValue(), out.join(), err.join());
        }

        private static String text(InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The rows of a query on {@code database}, column by column. */
    static List<Map<String, Object>> rows(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestPostgres.connect(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The single value of a query on {@code database}. */
    static Object value(String database, String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(database, sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("not one value: " + rows + " for " + sql);
        }
        return rows.get(0).values().iterator().next();
    }
}
