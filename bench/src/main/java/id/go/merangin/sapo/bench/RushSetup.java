package id.go.merangin.sapo.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What every rush prepares before its phases, on one server or a cluster: the ASN with their history, the day they
 * check in on, one selfie and the check-ins made of it, the ledger that counts the events they leave, and the pgbench
 * baseline of the same database.
 */
record RushSetup(
        Roster roster, LocalDate day, Selfie selfie, CheckIns checkIns, EventLedger ledger, PgbenchBaseline pgbench) {

    static RushSetup prepare(BenchOptions options, Connection db) throws SQLException {
        Roster roster = new RosterPreparation(db).prepare(options.asnCount(), options.clockStart());
        Selfie selfie = Selfie.generate(2026);
        LocalDate day = options.clockStart().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        EventLedger ledger = new EventLedger(db, options.jdbcUrl(), options.dbAdmin(), roster, day);
        return new RushSetup(
                roster,
                day,
                selfie,
                new CheckIns(selfie),
                ledger,
                new PgbenchBaseline(options, db, roster, selfie.bytes()));
    }

    /** The phases, driven through {@code client}, once the server has finished writing what came before. */
    Phases phases(PhoneClient client, CpuMeter cpu, Optional<ServerProfiler> profiler)
            throws SQLException, InterruptedException {
        ledger.settle();
        return new Phases(
                roster,
                ledger,
                cpu,
                checkIns,
                new OpenLoop(client, checkIns),
                new ClosedLoop(client, checkIns),
                profiler);
    }
}
