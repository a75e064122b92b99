package id.go.merangin.sapo.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What one fault drill does, from {@code --name=value} arguments ({@code bench/run --faults} passes them on). The
 * faults themselves are dealt by bench/run, which owns the processes; the drill only learns when they happened.
 *
 * @param warmUp ASN who check in before the rush, as fast as the server answers eight phones, so that the faults
 *     meet a warm server as on a working morning
 * @param rate check-ins per second, a steady open-loop rush
 * @param rushSeconds how long new phones keep arriving; {@code rate * rushSeconds} ASN are prepared, each checks in
 *     once
 * @param timeLimit from the rush's start: a phone without a final answer by then gives up, and is reported
 * @param answerTimeout how long a phone waits for an answer before it counts the attempt as failed and retries
 * @param longestWait the longest a phone waits for what Retry-After asks
 * @param baseUrl the server's HTTP address
 * @param jdbcUrl the server's database
 * @param dbUser the role the server and the preparation use
 * @param clockStart the instant the server's clock started at ({@code SAPO_CLOCK_START})
 * @param faultLog the file where bench/run writes each fault as it deals it, and the drill its rush's start
 * @param serverLog WildFly's server.log, searched for stack traces during the database's outage
 */
public record FaultDrillOptions(
        int warmUp,
        double rate,
        int rushSeconds,
        Duration timeLimit,
        Duration answerTimeout,
        Duration longestWait,
        String baseUrl,
        String jdbcUrl,
        String dbUser,
        Instant clockStart,
        Path faultLog,
        Path serverLog) {

    /** Reads {@code --name=value} arguments over the defaults. */
    public static FaultDrillOptions parse(String[] args) {
        BenchOptions.Values values = BenchOptions.Values.of(args);
        FaultDrillOptions options = new FaultDrillOptions(
                values.integer("warm-up", 1000),
                Double.parseDouble(values.text("rate", "100")),
                values.integer("rush-seconds", 60),
                Duration.ofSeconds(values.integer("time-limit", 300)),
                Duration.ofSeconds(values.integer("answer-timeout", 30)),
                Duration.ofSeconds(values.integer("longest-wait", 30)),
                values.text("base-url", "http://127.0.0.1:8380"),
                values.text("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/sapo_bench"),
                values.text("db-user", "sapo"),
                Instant.parse(values.text("clock-start", "2026-04-06T00:00:00Z")),
                Path.of(values.text("fault-log", "bench/target/faults.log")),
                Path.of(values.text("server-log", "bench/target/server/log/server.log")));
        values.requireAllRead();
        return options;
    }

    /** The ASN of the rush. */
    public int asnCount() {
        return (int) Math.round(rate * rushSeconds);
    }
}
