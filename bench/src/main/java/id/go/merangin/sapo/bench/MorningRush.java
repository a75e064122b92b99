package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The morning rush of issue 6, run by {@code bench/run} against a started SAPO: prepares the ASN, measures the
 * pgbench baseline, then drives the check-in API through a warm-up, the fixed arrival rates, a closed loop to
 * saturation and an overload at a multiple of it, with a count check after each phase, and prints the report.
 */
public final class MorningRush {

    private static final int MIN_WARM_UP_ROUNDS = 2;
    private static final int WARM_UP_CONCURRENCY = 8;
    private static final double WARM_UP_OFFERED = 1.5;
    private static final int MAX_CONNECTIONS = 4096;

    private final BenchOptions options;
    private final Report report = new Report(System.out);

    private MorningRush(BenchOptions options) {
        this.options = options;
    }

    /** Entry point; arguments as in {@link BenchOptions#parse}. */
    public static void main(String[] args) throws Exception {
        new MorningRush(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        try (Connection db = options.connect()) {
            RushSetup setup = RushSetup.prepare(options, db);
            Roster roster = setup.roster();
            CpuMeter cpu = new CpuMeter(List.of(options.wildflyPid()), postmasterPid(db));
            report.header(options, roster, setup.selfie().taggedWith("phase 198401012005031001").length);

            List<CpuMeter.Load> baselineLoads = new ArrayList<>();
            PgbenchBaseline pgbench = setup.pgbench();
            setup.ledger().settle();
            double withPhoto = pgbench.run("checkin-with-photo", cpu, baselineLoads);
            report.baseline("(selfie + event row, 1 txn)", withPhoto, baselineLoads.get(0));
            setup.ledger().settle();
            double rowOnly = pgbench.run("checkin-row-only", cpu, baselineLoads);
            report.baseline("(event row only)", rowOnly, baselineLoads.get(1));

            PhoneClient client = new PhoneClient(URI.create(options.baseUrl()), CheckIns.TIMEOUT, MAX_CONNECTIONS);
            Phases phases = setup.phases(
                    client,
                    cpu,
                    options.profiler()
                            .map(library ->
                                    new ServerProfiler(options.wildflyPid(), library, Path.of("bench/target"))));
            warmUp(phases, roster, options, report);
            List<PhaseResult> fixed = fixedRates(phases, options, report);
            PhaseResult saturation = phases.closed("closed", options.closedConcurrency(), false);
            report.phase(saturation);
            double overloadRate = Math.ceil(options.overloadFactor() * saturation.acceptedPerSecond());
            PhaseResult overload =
                    phases.open("overload", overloadRate, options.phaseSeconds(), options.retryEvery(), false);
            report.phase(overload);
            // the machine's own speed drifts (it is a shared virtual machine): measure the database's limit again
            // after the phases and hold SAPO to the higher of the two
            setup.ledger().settle();
            double withPhotoAfter = pgbench.run("checkin-with-photo", cpu, baselineLoads);
            report.baseline("(selfie + event row, again)", withPhotoAfter, baselineLoads.get(2));
            report.verdict(Math.max(withPhoto, withPhotoAfter), fixed, saturation, overload, rowOnly);
        }
        System.exit(0);
    }

    /**
     * A production server meets the morning warm from the day before: warms the server (or the cluster's nodes) up
     * until its JIT compilers have (nearly) finished, which on 2 cores takes minutes of WildFly's deep request path.
     * After a first closed-loop round, each round offers half as much again as the last one managed, with retries,
     * so that every path of the measured phases (queueing in the admission, its 503s, retries racing their
     * original) is compiled before they start rather than during them.
     */
    static void warmUp(Phases phases, Roster roster, BenchOptions options, Report report)
            throws InterruptedException, SQLException {
        PhaseResult warmUp = phases.closed("warm-up 1", WARM_UP_CONCURRENCY, true);
        report.phase(warmUp);
        for (int round = 2; round <= options.warmupRounds(); round++) {
            double rate = Math.ceil(WARM_UP_OFFERED * warmUp.acceptedPerSecond());
            warmUp = phases.open("warm-up " + round, rate, roster.size() / rate + 1, options.retryEvery(), true);
            report.phase(warmUp);
            if (round >= MIN_WARM_UP_ROUNDS && warmUp.load().wildflyJit() < options.warmJitPercent()) {
                return;
            }
        }
    }

    /** The open loop at each of the options' fixed rates, in order, each printed as it ends. */
    static List<PhaseResult> fixedRates(Phases phases, BenchOptions options, Report report)
            throws InterruptedException, SQLException {
        List<PhaseResult> fixed = new ArrayList<>();
        for (int rate : options.rates()) {
            PhaseResult result = phases.open(rate + "/s", rate, options.phaseSeconds(), options.retryEvery(), false);
            report.phase(result);
            fixed.add(result);
        }
        return fixed;
    }

    static long postmasterPid(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            String status = Files.readString(Path.of("/proc/" + backend + "/stat"));
            String[] fields = status.substring(status.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException e) {
            return 0;
        }
    }
}
