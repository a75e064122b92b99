package id.go.merangin.sapo.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one benchmark run does, from {@code --name=value} arguments (bench/run passes them on). Every option has a
 * default that fits a 2-core machine running the server, PostgreSQL and the load generator side by side.
 *
 * @param asnCount ASN prepared, each checks in once per phase
 * @param rates the open-loop arrival rates, check-ins per second
 * @param phaseSeconds longest duration of one phase (fewer when the ASN run out first)
 * @param closedConcurrency requests in flight in the closed-loop phase
 * @param overloadFactor the overload phase's rate as a multiple of the measured saturation
 * @param retryEvery every so many check-ins are sent a second time with the same Idempotency-Key
 * @param warmupRounds at most this many closed-loop rounds over every ASN before the measured phases (at least
 *     two), until the server's JIT compilers take less than {@code warmJitPercent} of a core over a round
 * @param warmJitPercent the JIT's CPU, in percent of one core, under which the server counts as warm
 * @param baseUrl the server's HTTP address
 * @param jdbcUrl the server's database
 * @param dbUser the role the server and the preparation use
 * @param dbAdmin the OS user that is PostgreSQL's superuser over the local socket (peer): clearing, vacuum and
 *     checkpoints between phases
 * @param wildflyPid the WildFly process whose CPU is reported
 * @param clockStart the instant the server's clock started at ({@code SAPO_CLOCK_START})
 * @param pgbench the pgbench executable
 * @param pgbenchClients pgbench's clients
 * @param pgbenchSeconds how long each pgbench baseline runs
 * @param profiler async-profiler's library, to profile the server in each measured phase; empty for none
 * @param jbossCli WildFly's bin/jboss-cli.sh, with which the data-growth run triggers the nightly selfie purge
 * @param management the server's management address (host:port) for {@code jbossCli}
 */
public record BenchOptions(
        int asnCount,
        List<Integer> rates,
        int phaseSeconds,
        int closedConcurrency,
        double overloadFactor,
        int retryEvery,
        int warmupRounds,
        double warmJitPercent,
        String baseUrl,
        String jdbcUrl,
        String dbUser,
        String dbAdmin,
        long wildflyPid,
        Instant clockStart,
        String pgbench,
        int pgbenchClients,
        int pgbenchSeconds,
        Optional<String> profiler,
        String jbossCli,
        String management) {

    /** Reads {@code --name=value} arguments over the defaults. */
    public static BenchOptions parse(String[] args) {
        Values values = Values.of(args);
        BenchOptions options = from(values);
        values.requireAllRead();
        return options;
    }

    /** Takes this record's options out of {@code values}, leaving the others there (the cluster run's own). */
    static BenchOptions from(Values values) {
        return new BenchOptions(
                values.integer("n", 6000),
                Arrays.stream(values.text("rates", "100,400,800").split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList(),
                values.integer("phase-seconds", 15),
                values.integer("closed-concurrency", 32),
                Double.parseDouble(values.text("overload-factor", "2")),
                values.integer("retry-every", 100),
                values.integer("warmup-rounds", 15),
                Double.parseDouble(values.text("warm-jit-percent", "5")),
                values.text("base-url", "http://127.0.0.1:8380"),
                values.text("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/sapo_bench"),
                values.text("db-user", "sapo"),
                values.text("db-admin", "postgres"),
                Long.parseLong(values.text("wildfly-pid", "0")),
                Instant.parse(values.text("clock-start", "2026-04-06T00:00:00Z")),
                values.text("pgbench", "/usr/lib/postgresql/15/bin/pgbench"),
                values.integer("pgbench-clients", 16),
                values.integer("pgbench-seconds", 15),
                Optional.of(values.text("profiler", "")).filter(library -> !library.isEmpty()),
                values.text("jboss-cli", "ear/target/server/wildfly-39.0.1.Final/bin/jboss-cli.sh"),
                values.text("management", "127.0.0.1:10290"));
    }

    /** A connection to the benchmark's database as SAPO's role; the password comes from DB_PASSWORD, never a flag. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, System.getenv("DB_PASSWORD"));
    }

    /**
     * {@code --name=value} arguments, each taken out of the map as it is read, so that what is left over is
     * unknown; the fault drill's options are read alike.
     */
    record Values(Map<String, String> given) {

        static Values of(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("arguments are --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            return new Values(given);
        }

        void requireAllRead() {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options: " + given.keySet());
            }
        }

        String text(String name, String fallback) {
            String value = given.remove(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }
    }
}
