package id.go.merangin.sapo.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Prints the benchmark's report: the baseline, each phase, and the verdict on the targets. */
public final class Report {

    private static final double TARGET_RATE = 400;
    private static final double TARGET_P99_MS = 100;
    private static final double TARGET_SHARE = 0.25;

    private final PrintStream out;

    public Report(PrintStream out) {
        this.out = out;
    }

    void header(BenchOptions options, Roster roster, int selfieBytes) {
        line("SAPO morning-rush benchmark");
        line(
                "  server %s, clock from %s, %d ASN prepared (accounts, bound devices, tokens) over the demo OPDs,"
                        + " with %d working days of check-ins and check-outs before (selfies purged)",
                options.baseUrl(), options.clockStart(), roster.size(), RosterPreparation.HISTORY_DAYS);
        line(
                "  selfie %d bytes (480x640 JPEG, one per ASN and phase); retry with the same Idempotency-Key"
                        + " every %d check-ins",
                selfieBytes, options.retryEvery());
        line(
                "  machine: %d cores; CPU below in %% of one core (WildFly, PostgreSQL, this generator) and %%"
                        + " of the machine",
                Runtime.getRuntime().availableProcessors());
    }

    void baseline(String name, double tps, CpuMeter.Load load) {
        line("");
        line(
                "Baseline pgbench %-32s %8.1f inserts/s   cpu: PostgreSQL %4.0f%%, machine %3.0f%%",
                name, tps, load.postgres(), load.machinePercent());
    }

    void phase(PhaseResult result) {
        PhaseRecorder r = result.recorder();
        line("");
        line(
                "Phase %s: %d ASN%s, %.1f s, accepted %.1f/s",
                result.name(),
                result.asn(),
                result.offeredRate() > 0 ? String.format(Locale.ROOT, " offered at %.0f/s", result.offeredRate()) : "",
                r.elapsedSeconds(),
                result.acceptedPerSecond());
        latency("all answers", r.all());
        latency("accepted", r.accepted());
        if (r.refused().getTotalCount() > 0) {
            latency("not accepted", r.refused());
        }
        line("  by second (answers/not accepted/slowest ms): %s", r.bySecond());
        line("  connections opened by the phones: %d", r.connectionsOpened());
        for (Map.Entry<String, Long> kind : r.kinds().entrySet()) {
            line("  %-40s %7d", kind.getKey(), kind.getValue());
        }
        if (r.busyWithoutRetryAfter() > 0) {
            line("  503 without Retry-After                  %7d", r.busyWithoutRetryAfter());
        }
        line(
                "  retries with the same Idempotency-Key: %d sent, %d pairs answered with one event, %d doubled",
                r.retriesSent(), r.retriesSameEvent(), r.doubled());
        EventLedger.Check check = result.check();
        line(
                "  count check: %d accepted answered, %d stored (%d ASN, %d with selfie), lost %d, unanswered %d,"
                        + " refused rows %d -> %s",
                check.answered(),
                check.stored(),
                check.asnWithEvent(),
                check.withPhoto(),
                check.lost(),
                check.unanswered(),
                check.refusedRows(),
                check.exact() ? "EXACT" : "MISMATCH");
        CpuMeter.Load load = result.load();
        line(
                "  cpu: WildFly %4.0f%% (its JIT compilers %3.0f%%), PostgreSQL %4.0f%%, generator %4.0f%%, machine %3.0f%%",
                load.wildfly(), load.wildflyJit(), load.postgres(), load.generator(), load.machinePercent());
    }

    void verdict(
            double baselineTps,
            List<PhaseResult> fixedRates,
            PhaseResult saturation,
            PhaseResult overload,
            double rowOnlyTps) {
        line("");
        line("Summary");
        line(
                "  %-10s %10s %10s %10s %10s %10s %8s",
                "phase", "offered/s", "accepted/s", "p50 ms", "p99 ms", "p99.9 ms", "errors");
        for (PhaseResult phase : fixedRates) {
            summaryRow(phase);
        }
        summaryRow(saturation);
        summaryRow(overload);
        double saturated = saturation.acceptedPerSecond();
        line(
                "  saturation %.1f check-ins/s = %.0f%% of pgbench %.1f inserts/s (check-in with selfie, the higher of"
                        + " the two baselines); %.0f%% of %.1f/s for the event row alone",
                saturated, 100 * saturated / baselineTps, baselineTps, 100 * saturated / rowOnlyTps, rowOnlyTps);
        fixedRates.stream()
                .filter(phase -> phase.offeredRate() == TARGET_RATE)
                .findFirst()
                .ifPresent(phase -> line(
                        "  target at 400/s: p99 %.1f ms <= 100 ms and zero errors -> %s",
                        ms(phase.recorder().all(), 99),
                        ms(phase.recorder().all(), 99) <= TARGET_P99_MS && phase.errors() == 0 ? "MET" : "NOT MET"));
        line(
                "  target saturation >= 25%% of pgbench -> %s",
                saturated >= TARGET_SHARE * baselineTps ? "MET" : "NOT MET");
        long busy = overload.recorder().kinds().entrySet().stream()
                .filter(k -> k.getKey().startsWith("503"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        line(
                "  overload at %.0f/s: %d answered 503 (%d without Retry-After), other errors %d, accepted p99.9"
                        + " %.1f ms, count check %s",
                overload.offeredRate(),
                busy,
                overload.recorder().busyWithoutRetryAfter(),
                overload.errors() - busy,
                ms(overload.recorder().accepted(), 99.9),
                overload.check().exact() ? "EXACT" : "MISMATCH");
    }

    private void summaryRow(PhaseResult phase) {
        Histogram all = phase.recorder().all();
        line(
                "  %-10s %10s %10.1f %10.1f %10.1f %10.1f %8d",
                phase.name(),
                phase.offeredRate() > 0 ? String.format(Locale.ROOT, "%.0f", phase.offeredRate()) : "closed",
                phase.acceptedPerSecond(),
                ms(all, 50),
                ms(all, 99),
                ms(all, 99.9),
                phase.errors());
    }

    private void latency(String what, Histogram histogram) {
        line(
                "  latency %-13s n=%-6d p50 %7.1f  p90 %7.1f  p99 %7.1f  p99.9 %7.1f  max %7.1f ms",
                what,
                histogram.getTotalCount(),
                ms(histogram, 50),
                ms(histogram, 90),
                ms(histogram, 99),
                ms(histogram, 99.9),
                histogram.getMaxValue() / 1000.0);
    }

    static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }
}
