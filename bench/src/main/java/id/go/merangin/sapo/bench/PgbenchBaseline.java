package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit on this machine: pgbench inserting rows of the shape of an accepted check-in (the
 * selfie and the event, or the event alone) into copies of SAPO's tables, with {@code synchronous_commit} on.
 */
public final class PgbenchBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final BenchOptions options;
    private final Connection db;
    private final Roster roster;
    private final byte[] photo;

    public PgbenchBaseline(BenchOptions options, Connection db, Roster roster, byte[] photo) {
        this.options = options;
        this.db = db;
        this.roster = roster;
        this.photo = photo;
    }

    /** Runs the script {@code checkin-with-photo} or {@code checkin-row-only}; answers its inserts per second. */
    public double run(String script, CpuMeter cpu, List<CpuMeter.Load> loads)
            throws SQLException, IOException, InterruptedException {
        try (Statement statement = db.createStatement()) {
            statement.execute(resource("baseline-schema.sql"));
        }
        try (PreparedStatement selfie = db.prepareStatement("insert into bench_baseline.selfie values (?)")) {
            selfie.setBytes(1, photo);
            selfie.executeUpdate();
        }
        Path file = Files.createTempFile("sapo-bench-", ".sql");
        Files.writeString(file, resource(script + ".sql"));
        URI url = URI.create(options.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                options.pgbench(),
                "--no-vacuum",
                "--protocol=prepared",
                "--client=" + options.pgbenchClients(),
                "--jobs=2",
                "--time=" + options.pgbenchSeconds(),
                "--file=" + file,
                "--host=" + url.getHost(),
                "--port=" + url.getPort(),
                "--username=" + options.dbUser(),
                "--define=n=" + roster.size(),
                "--define=employee0=" + roster.firstEmployeeId(),
                "--define=device0=" + roster.firstDeviceId(),
                "--define=location=" + roster.someLocationId(),
                url.getPath().substring(1)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGOPTIONS", "-c synchronous_commit=on");
        CpuMeter.Reading before = cpu.read();
        Process pgbench = builder.start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = pgbench.waitFor();
        long end = System.nanoTime();
        // pgbench's backends add their CPU to PostgreSQL's only once they have ended
        awaitNoOtherBackends();
        loads.add(cpu.read().asOf(end).since(before));
        Files.delete(file);
        try (Statement statement = db.createStatement()) {
            statement.execute("drop schema bench_baseline cascade");
        }
        Matcher tps = TPS.matcher(output);
        if (exit != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (exit " + exit + "):\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private void awaitNoOtherBackends() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Statement statement = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet others = statement.executeQuery(
                        "select count(*) from pg_stat_activity" + " where application_name = 'pgbench'")) {
                    others.next();
                    if (others.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(10);
            }
        }
        Thread.sleep(100);
    }

    private static String resource(String name) {
        try (InputStream in = PgbenchBaseline.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
