package id.go.merangin.sapo.bench;

import java.sql.SQLException;
import java.util.List;

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

    Phases(Roster roster, EventLedger ledger, CpuMeter cpu, OpenLoop openLoop, ClosedLoop closedLoop) {
        this.roster = roster;
        this.ledger = ledger;
        this.cpu = cpu;
        this.openLoop = openLoop;
        this.closedLoop = closedLoop;
    }

    /** An open-loop phase at {@code rate}/s for at most {@code seconds}, or until every ASN checked in. */
    PhaseResult open(String name, double rate, int seconds, int retryEvery) throws InterruptedException,
            SQLException {
        List<Asn> asn = roster.asn().subList(0, (int) Math.min(roster.size(), Math.round(rate * seconds)));
        CpuMeter.Reading before = cpu.read();
        PhaseRecorder recorder = openLoop.run(name, asn, rate, retryEvery);
        return finish(name, rate, asn.size(), recorder, before);
    }

    /** The closed loop over every prepared ASN. */
    PhaseResult closed(String name, int concurrency) throws InterruptedException, SQLException {
        CpuMeter.Reading before = cpu.read();
        PhaseRecorder recorder = closedLoop.run(name, roster.asn(), concurrency);
        return finish(name, 0, roster.size(), recorder, before);
    }

    private PhaseResult finish(String name, double rate, int asn, PhaseRecorder recorder, CpuMeter.Reading before)
            throws SQLException, InterruptedException {
        CpuMeter.Load load = cpu.read().since(before);
        EventLedger.Check check = ledger.check(recorder.acceptedEvents());
        ledger.clear();
        return new PhaseResult(name, rate, asn, recorder, check, load);
    }
}
