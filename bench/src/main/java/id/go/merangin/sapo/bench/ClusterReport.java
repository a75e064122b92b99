package id.go.merangin.sapo.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Prints the cluster run's own parts of its report: the header, the comparison of one node with all of them (with
 * ratios and the CPU one check-in costs, which is what sizes a real cluster), and the kill drill's outcome. Each
 * phase itself is printed by {@link Report}, the drill's answers and count check by {@link FaultReport}.
 */
final class ClusterReport {

    private final PrintStream out;
    private final FaultReport drill;

    ClusterReport(PrintStream out) {
        this.out = out;
        this.drill = new FaultReport(out);
    }

    void header(ClusterRushOptions options, Roster roster) {
        line("SAPO cluster benchmark (issue 21): %d WildFly nodes behind HAProxy", options.nodes());
        line(
                "  HAProxy %s, clock from %s, %d ASN prepared; the same phases with 1 node (the others in maintenance"
                        + " in HAProxy, warm and idle) and with %d, then kill -9 of node %d in the middle of a rush",
                options.rush().baseUrl(),
                options.rush().clockStart(),
                roster.size(),
                options.nodes(),
                options.killNode());
        line(
                "  machine: %d cores shared by every node, PostgreSQL, HAProxy and this generator: here more nodes add"
                        + " no cores, so the comparison shows what the cluster costs and that it stays correct; the CPU"
                        + " per check-in below is what sizes a cluster of real machines (README, \"How big\")",
                Runtime.getRuntime().availableProcessors());
    }

    void section(String title) {
        line("");
        line("==== %s", title);
    }

    /** The phases of each node count side by side, then the ratios of the last count to one node. */
    void comparison(double baselineTps, Map<Integer, List<PhaseResult>> byNodes) {
        line("");
        line("Summary: 1 node against %d, through HAProxy, in the same run", byNodes.size());
        line(
                "  %-5s %-8s %9s %10s %8s %8s %9s %7s %11s %11s",
                "nodes",
                "phase",
                "offered/s",
                "accepted/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "errors",
                "WildFly ms",
                "Postgres ms");
        byNodes.forEach((nodes, phases) -> phases.forEach(phase -> row(nodes, phase)));
        line("  (WildFly ms, Postgres ms: CPU per accepted check-in, all nodes together)");
        List<PhaseResult> one = byNodes.get(1);
        int most = byNodes.keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<PhaseResult> all = byNodes.get(most);
        line("");
        line("  %d nodes / 1 node:", most);
        for (int i = 0; i < Math.min(one.size(), all.size()); i++) {
            PhaseResult single = one.get(i);
            PhaseResult cluster = all.get(i);
            line(
                    "    %-8s accepted/s x%.2f, p99 %.1f ms -> %.1f ms (x%.2f), errors %d -> %d",
                    single.name(),
                    ratio(cluster.acceptedPerSecond(), single.acceptedPerSecond()),
                    Report.ms(single.recorder().all(), 99),
                    Report.ms(cluster.recorder().all(), 99),
                    ratio(
                            Report.ms(cluster.recorder().all(), 99),
                            Report.ms(single.recorder().all(), 99)),
                    single.errors(),
                    cluster.errors());
        }
        PhaseResult saturated = all.get(all.size() - 1);
        line(
                "  saturation with %d nodes %.1f check-ins/s = %.0f%% of pgbench %.1f inserts/s (the higher of the two"
                        + " baselines of this run); with 1 node %.1f/s = %.0f%%",
                most,
                saturated.acceptedPerSecond(),
                100 * saturated.acceptedPerSecond() / baselineTps,
                baselineTps,
                one.get(one.size() - 1).acceptedPerSecond(),
                100 * one.get(one.size() - 1).acceptedPerSecond() / baselineTps);
    }

    /** The drill's report and verdict; returns whether it passed. */
    boolean kill(int phones, double rate, NodeKill.Outcome outcome, EventLedger.Check check) {
        FaultRecorder recorder = outcome.recorder();
        Instant start = Instant.ofEpochMilli(recorder.startMillis());
        line("");
        line(
                "Kill drill: %d phones at %.0f/s through HAProxy, each retrying with the same Idempotency-Key until"
                        + " answered; kill -9 of %s at %+.1f s",
                phones, rate, outcome.node(), (outcome.killedMillis() - recorder.startMillis()) / 1000.0);
        line("");
        line("The balancer");
        line(
                "  HAProxy handed %s %d more requests after the kill, the last %s after it; marked it DOWN %s after"
                        + " the kill, and sent it nothing since",
                outcome.node(),
                outcome.handedAfterKill(),
                after(outcome.killedMillis(), outcome.lastHandedMillis()),
                after(outcome.killedMillis(), outcome.markedDownMillis()));
        if (outcome.atKill() != null) {
            line(
                    "  what HAProxy did for the requests %s did not answer: %d connection errors, %d response errors,"
                            + " %d retried, %d sent to another node (redispatched)",
                    outcome.node(),
                    outcome.atEnd().connectionErrors() - outcome.atKill().connectionErrors(),
                    outcome.atEnd().responseErrors() - outcome.atKill().responseErrors(),
                    outcome.atEnd().retries() - outcome.atKill().retries(),
                    outcome.atEnd().redispatches() - outcome.atKill().redispatches());
        }
        Optional<FaultRecorder.Acceptance> first =
                recorder.firstCreatedSince(Instant.ofEpochMilli(outcome.killedMillis()));
        line(
                "  first 201 to a check-in sent after the kill: %s",
                first.map(acceptance -> after(outcome.killedMillis(), acceptance.answeredMillis()))
                        .orElse("NEVER"));
        drill.answers(recorder);
        long doubled = drill.phonesAndDatabase(phones, recorder, check);
        line("  (the rush started at %s)", start);
        return drill.verdict(check, doubled, recorder);
    }

    private void row(int nodes, PhaseResult phase) {
        Histogram all = phase.recorder().all();
        double accepted = phase.acceptedPerSecond();
        line(
                "  %-5d %-8s %9s %10.1f %8.1f %8.1f %9.1f %7d %11.2f %11.2f",
                nodes,
                phase.name(),
                phase.offeredRate() > 0 ? String.format(Locale.ROOT, "%.0f", phase.offeredRate()) : "closed",
                accepted,
                Report.ms(all, 50),
                Report.ms(all, 99),
                Report.ms(all, 99.9),
                phase.errors(),
                perCheckIn(phase.load().wildfly(), accepted),
                perCheckIn(phase.load().postgres(), accepted));
    }

    /** Milliseconds of CPU per check-in, from percent of one core over the phase. */
    private static double perCheckIn(double percentOfCore, double perSecond) {
        return perSecond <= 0 ? 0 : percentOfCore * 10 / perSecond;
    }

    private static double ratio(double of, double to) {
        return to <= 0 ? 0 : of / to;
    }

    private static String after(long from, long to) {
        return to <= 0 || from <= 0 ? "never" : (to - from) + " ms";
    }

    private void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }
}
