package id.go.merangin.sapo.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Runs one phase at a time over the prepared ASN: measures CPU around it, checks the events afterwards and clears
 * them, so that the next phase's check-ins are first check-ins of the day again.
 */
final class Phases {

    private final Roster roster;
    private final EventLedger ledger;
    private final CpuMeter cpu;
    private final OpenLoop openLoop;
    private final ClosedLoop closedLoop;
    private final CheckIns checkIns;
    private final Optional<ServerProfiler> profiler;

    Phases(
            Roster roster,
            EventLedger ledger,
            CpuMeter cpu,
            CheckIns checkIns,
            OpenLoop openLoop,
            ClosedLoop closedLoop,
            Optional<ServerProfiler> profiler) {
        this.roster = roster;
        this.ledger = ledger;
        this.cpu = cpu;
        this.openLoop = openLoop;
        this.closedLoop = closedLoop;
        this.checkIns = checkIns;
        this.profiler = profiler;
    }

    /**
     * An open-loop phase at {@code rate}/s for at most {@code seconds}, or until every ASN checked in; a warm-up
     * is not profiled.
     */
    PhaseResult open(String name, double rate, double seconds, int retryEvery, boolean warmUp)
            throws InterruptedException, SQLException {
        List<Asn> asn = roster.asn().subList(0, (int) Math.min(roster.size(), Math.round(rate * seconds)));
        List<byte[]> photos = checkIns.photosFor(asn, name);
        CpuMeter.Reading before = cpu.read();
        if (!warmUp) {
            profiler.ifPresent(ServerProfiler::start);
        }
        PhaseRecorder recorder = openLoop.run(asn, photos, rate, retryEvery);
        return finish(name, rate, asn.size(), recorder, before, warmUp);
    }

    /** The closed loop over every prepared ASN; a warm-up is not profiled. */
    PhaseResult closed(String name, int concurrency, boolean warmUp) throws InterruptedException, SQLException {
        List<byte[]> photos = checkIns.photosFor(roster.asn(), name);
        CpuMeter.Reading before = cpu.read();
        if (!warmUp) {
            profiler.ifPresent(ServerProfiler::start);
        }
        PhaseRecorder recorder = closedLoop.run(roster.asn(), photos, concurrency);
        return finish(name, 0, roster.size(), recorder, before, warmUp);
    }

    private PhaseResult finish(
            String name, double rate, int asn, PhaseRecorder recorder, CpuMeter.Reading before, boolean warmUp)
            throws SQLException, InterruptedException {
        CpuMeter.Load load = cpu.read().since(before);
        if (!warmUp) {
            profiler.ifPresent(it -> it.stop(name));
        }
        EventLedger.Check check = ledger.check(recorder.acceptedEvents());
        ledger.clear();
        return new PhaseResult(name, rate, asn, recorder, check, load);
    }
}
