package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The diary the drill shares with bench/run, one line per happening, {@code <epoch milliseconds> <name>}: the drill
 * writes when its rush started; bench/run, which owns PostgreSQL and WildFly and so deals the faults, waits for that
 * line, then writes each fault and each recovery as it happens. The drill reads it back for the report.
 */
final class FaultLog {

    static final String RUSH_STARTED = "rush-started";
    static final String POSTGRESQL_KILLED = "postgresql-killed";
    static final String POSTGRESQL_RESTARTING = "postgresql-restarting";
    static final String POSTGRESQL_READY = "postgresql-ready";
    static final String WILDFLY_KILLED = "wildfly-killed";
    static final String WILDFLY_RESTARTING = "wildfly-restarting";
    static final String WILDFLY_READY = "wildfly-ready";
    /** bench/run's last line: every fault is dealt and the server is back. */
    static final String FAULTS_DEALT = "faults-dealt";

    private static final long POLL_MILLIS = 500;

    private final Path file;

    FaultLog(Path file) {
        this.file = file;
    }

    void rushStarted(Instant at) {
        try {
            Files.writeString(
                    file,
                    at.toEpochMilli() + " " + RUSH_STARTED + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until bench/run has dealt every fault, or {@code deadline}; whether it has. */
    boolean awaitDealt(Instant deadline) throws InterruptedException {
        while (!read().containsKey(FAULTS_DEALT)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** What happened, in order, each name with the first time it was written. */
    Map<String, Instant> read() {
        Map<String, Instant> happened = new LinkedHashMap<>();
        try {
            if (!Files.exists(file)) {
                return happened;
            }
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.strip().split(" ", 2);
                if (fields.length == 2) {
                    happened.putIfAbsent(fields[1], Instant.ofEpochMilli(Long.parseLong(fields[0])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return happened;
    }
}
