package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the fault drill's report: the faults and when SAPO accepted check-ins again after each, the phones' answers
 * by kind and over time, the count check against the database, the server log during the database's outage, and the
 * verdict (nothing acknowledged lost, nothing doubled, no 500, every phone answered).
 */
final class FaultReport {

    private final PrintStream out;

    FaultReport(PrintStream out) {
        this.out = out;
    }

    void header(FaultDrillOptions options, Roster roster) {
        line("SAPO fault drill (issue 19): kill -9 of PostgreSQL, then of WildFly, in the middle of a morning rush");
        line(
                "  server %s, clock from %s; %d ASN each check in once, arriving at %.0f/s for %d s",
                options.baseUrl(), options.clockStart(), roster.size(), options.rate(), options.rushSeconds());
        line(
                "  a phone retries with the same Idempotency-Key and body, as SAPO's app: after a 5xx with Retry-After"
                        + " that long (at most %d s), after a 5xx without it, a refused or broken connection or no answer in"
                        + " %d s 2, 4, 8, 16, then 30 s; it gives up %d s after the rush's start",
                options.longestWait().toSeconds(),
                options.answerTimeout().toSeconds(),
                options.timeLimit().toSeconds());
        line(
                "  machine: %d cores, load average %s (shared: other work on it slows SAPO's recovery down)",
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    void warmUp(PhaseRecorder warmUp) {
        line(
                "  warm-up before the rush: %d check-ins of other ASN, eight phones at once, in %.1f s, %d accepted",
                warmUp.all().getTotalCount(),
                warmUp.elapsedSeconds(),
                warmUp.kinds().getOrDefault(PhaseRecorder.ACCEPTED, 0L));
    }

    /**
     * Prints the drill's outcome and returns whether it passed.
     */
    boolean outcome(
            int phones,
            FaultRecorder recorder,
            Map<String, Instant> log,
            EventLedger.Check check,
            ServerLog.Span outage,
            ServerLog.Span whole) {
        Instant start = Instant.ofEpochMilli(recorder.startMillis());
        line("");
        line("Faults (seconds from the rush's start)");
        log.forEach((what, at) -> line("  %+7.1f s  %s", seconds(start, at), what));
        recovery(recorder, log, FaultLog.POSTGRESQL_KILLED, FaultLog.POSTGRESQL_READY, "PostgreSQL");
        recovery(recorder, log, FaultLog.WILDFLY_KILLED, FaultLog.WILDFLY_READY, "WildFly");

        answers(recorder);

        long doubled = phonesAndDatabase(phones, recorder, check);
        line("");
        Instant outageFrom = log.get(FaultLog.POSTGRESQL_KILLED);
        line(
                "Server log (%s)",
                outageFrom == null
                        ? "no database outage dealt"
                        : String.format(
                                Locale.ROOT,
                                "the database's outage and recovery: %+.1f s to %+.1f s",
                                seconds(start, outageFrom),
                                seconds(start, log.getOrDefault(FaultLog.WILDFLY_KILLED, Instant.now()))));
        line(
                "  %d records, %d stack traces (should be ~0), %d outage lines (one every 10 s, with a count)",
                outage.records(), outage.stackTraces(), outage.outageLines());
        outage.traced().forEach((source, count) -> line("    stack traces from %-40s %5d", source, count));
        line("  over the whole drill: %d records, %d stack traces", whole.records(), whole.stackTraces());
        whole.traced().forEach((source, count) -> line("    stack traces from %-40s %5d", source, count));

        line("  machine's load average at the end: %s", loadAverage());
        return verdict(check, doubled, recorder);
    }

    /**
     * Prints the verdict: nothing acknowledged lost, nothing doubled, no 500, every phone answered; returns whether
     * the drill passed.
     */
    boolean verdict(EventLedger.Check check, long doubled, FaultRecorder recorder) {
        long errors = recorder.count(FaultRecorder.Kind.SERVER_ERROR);
        boolean passed = check.lost() == 0
                && doubled == 0
                && recorder.secondEvents() == 0
                && errors == 0
                && recorder.gaveUpCount() == 0;
        line("");
        line(
                "Verdict: lost %d, doubled %d, 500s %d, phones without a final answer %d -> %s",
                check.lost(), doubled, errors, recorder.gaveUpCount(), passed ? "PASSED" : "FAILED");
        return passed;
    }

    /** What the phones were told against what the database holds; returns how many events were doubled. */
    long phonesAndDatabase(int phones, FaultRecorder recorder, EventLedger.Check check) {
        long doubled = check.stored() - check.asnWithEvent();
        line("");
        line("Phones and the database");
        line(
                "  phones %d: acknowledged %d (%d of them on a retry), answered otherwise %d, gave up %d; retries sent %d",
                phones,
                check.answered(),
                recorder.acceptedOnRetry(),
                phones - check.answered() - recorder.gaveUpCount(),
                recorder.gaveUpCount(),
                recorder.retries());
        line(
                "  acknowledged %d, stored %d (accepted events of the rush's ASN; %d ASN, %d with selfie),"
                        + " refused attempts kept %d",
                check.answered(), check.stored(), check.asnWithEvent(), check.withPhoto(), check.refusedRows());
        line("  lost %d (acknowledged, not stored: must be 0)", check.lost());
        line(
                "  doubled %d (a second stored event for an ASN: must be 0); answers naming a second event %d",
                doubled, recorder.secondEvents());
        line("  stored but never acknowledged %d (the phone gave up before it heard)", check.unanswered());
        return doubled;
    }

    /** The phones' answers by kind, then by when they came. */
    void answers(FaultRecorder recorder) {
        line("");
        line("Answers by kind (every attempt, retries included)");
        recorder.kinds().forEach((kind, count) -> line("  %-45s %7d", kind.label, count));
        recorder.others().forEach((detail, count) -> line("    of which %-35s %7d", detail, count));
        timeline(recorder);
    }

    /** From the kill to the first 201 to a check-in sent after it; and from the moment the killed was back. */
    private void recovery(FaultRecorder recorder, Map<String, Instant> log, String killed, String back, String what) {
        Instant kill = log.get(killed);
        if (kill == null) {
            line("  %s was not killed", what);
            return;
        }
        Optional<FaultRecorder.Acceptance> first = recorder.firstCreatedSince(kill);
        if (first.isEmpty()) {
            line("  %s: time to recover NEVER (no 201 to a check-in sent after the kill)", what);
            return;
        }
        Instant accepted = Instant.ofEpochMilli(first.get().answeredMillis());
        line(
                "  %s: time to recover %.1f s (kill -9 to the first 201 to a check-in sent after it)%s",
                what,
                seconds(kill, accepted),
                Optional.ofNullable(log.get(back))
                        .map(up -> String.format(Locale.ROOT, "; %+.1f s from %s", seconds(up, accepted), back))
                        .orElse(""));
    }

    private void timeline(FaultRecorder recorder) {
        line("");
        line("Answers by %d s of the rush (by when they came)", FaultRecorder.BUCKET_SECONDS);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %7s", "from"));
        for (FaultRecorder.Kind kind : FaultRecorder.Kind.values()) {
            head.append(String.format(Locale.ROOT, " %8s", kind.column));
        }
        line("%s", head);
        for (int bucket = 0; bucket < recorder.buckets(); bucket++) {
            StringBuilder row =
                    new StringBuilder(String.format(Locale.ROOT, "  %5d s", bucket * FaultRecorder.BUCKET_SECONDS));
            for (FaultRecorder.Kind kind : FaultRecorder.Kind.values()) {
                row.append(String.format(Locale.ROOT, " %8d", recorder.inBucket(kind, bucket)));
            }
            line("%s", row);
        }
    }

    /** The last 1, 5 and 15 minutes' load averages, from /proc/loadavg. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }
}
