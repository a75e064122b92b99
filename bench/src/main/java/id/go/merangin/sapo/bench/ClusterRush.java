package id.go.merangin.sapo.bench;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster run of issue 21, {@code bench/run --nodes=N}: the morning rush through HAProxy in front of N started
 * nodes. After the pgbench baseline and a warm-up of every node, it runs the fixed rates and the closed loop with one
 * node (the others in maintenance in HAProxy: warm, idle, sent nothing) and again with all of them, with a count
 * check after each phase, and compares them. Then the kill drill: a steady rush of phones that retry with the same
 * Idempotency-Key, one node killed with {@code kill -9} in the middle of it; every acknowledged check-in must be
 * stored exactly once. Exits 1 when the drill lost or doubled anything, or when a phase's count was not exact.
 */
public final class ClusterRush {

    private static final int MAX_CONNECTIONS = 4096;
    private static final Duration BACK_IN_BALANCER = Duration.ofSeconds(30);

    private final ClusterRushOptions options;
    private final BenchOptions rush;
    private final Report report = new Report(System.out);
    private final ClusterReport cluster = new ClusterReport(System.out);

    private ClusterRush(ClusterRushOptions options) {
        this.options = options;
        this.rush = options.rush();
    }

    /** Entry point; arguments as in {@link ClusterRushOptions#parse}. */
    public static void main(String[] args) throws Exception {
        boolean passed = new ClusterRush(ClusterRushOptions.parse(args)).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        try (Connection db = rush.connect()) {
            RushSetup setup = RushSetup.prepare(rush, db);
            Roster roster = setup.roster();
            EventLedger ledger = setup.ledger();
            CpuMeter cpu = new CpuMeter(options.nodePids(), MorningRush.postmasterPid(db));
            cluster.header(options, roster);
            List<CpuMeter.Load> baselineLoads = new ArrayList<>();
            PgbenchBaseline pgbench = setup.pgbench();
            ledger.settle();
            double before = pgbench.run("checkin-with-photo", cpu, baselineLoads);
            report.baseline("(selfie + event row, 1 txn)", before, baselineLoads.get(0));

            Haproxy haproxy = new Haproxy(options.haproxySocket());
            Map<Integer, List<PhaseResult>> byNodes = new LinkedHashMap<>();
            try (PhoneClient client = new PhoneClient(URI.create(rush.baseUrl()), CheckIns.TIMEOUT, MAX_CONNECTIONS)) {
                Phases phases = setup.phases(client, cpu, Optional.empty());
                cluster.section("Warm-up, every node");
                MorningRush.warmUp(phases, roster, rush, report);

                cluster.section("1 node (the others in maintenance in HAProxy)");
                for (int node = 2; node <= options.nodes(); node++) {
                    haproxy.takeOut("node" + node);
                }
                byNodes.put(1, measure(phases));
                cluster.section(options.nodes() + " nodes");
                for (int node = 2; node <= options.nodes(); node++) {
                    haproxy.putBack("node" + node, BACK_IN_BALANCER);
                }
                byNodes.put(options.nodes(), measure(phases));
            }
            ledger.settle();
            double after = pgbench.run("checkin-with-photo", cpu, baselineLoads);
            report.baseline("(selfie + event row, again)", after, baselineLoads.get(1));
            cluster.comparison(Math.max(before, after), byNodes);
            boolean exact = byNodes.values().stream()
                    .flatMap(List::stream)
                    .allMatch(phase -> phase.check().exact());

            cluster.section("kill -9 of node " + options.killNode() + " in the middle of a rush");
            Roster drilled = roster.slice(0, options.killAsn(roster.size()));
            NodeKill.Outcome outcome = new NodeKill(options, haproxy, setup.checkIns()).run(drilled);
            EventLedger.Check check = ledger.check(outcome.recorder().acknowledged());
            boolean passed = cluster.kill(drilled.size(), options.killRate(), outcome, check);
            // a kill that failed (in the drill's timer, where its exception goes unseen) leaves the node up
            boolean killed = outcome.markedDownMillis() > 0;
            if (!killed) {
                System.out.println("The node was never marked DOWN: the kill did not happen -> FAILED");
            }
            return passed && exact && killed;
        }
    }

    /** The fixed rates, then the closed loop, with the nodes HAProxy sends requests to now. */
    private List<PhaseResult> measure(Phases phases) throws Exception {
        List<PhaseResult> measured = new ArrayList<>(MorningRush.fixedRates(phases, rush, report));
        PhaseResult saturation = phases.closed("closed", rush.closedConcurrency(), false);
        report.phase(saturation);
        measured.add(saturation);
        return measured;
    }
}
