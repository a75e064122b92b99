package id.go.merangin.sapo.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The fault drill of issue 19, run by {@code bench/run --faults}: a steady morning rush whose phones keep trying
 * until they are answered, while bench/run kills PostgreSQL and then WildFly with {@code kill -9} and starts them
 * again. Afterwards the database must hold exactly the check-ins the phones were told were accepted, each once;
 * the report says so, with every answer by kind, how long SAPO took to accept check-ins again after each fault, and
 * the stack traces the outage left in the server log. Exits 1 when anything was lost or doubled, a 500 was
 * answered, or a phone got no final answer.
 */
public final class FaultDrill {

    private static final int MAX_CONNECTIONS = 4096;
    private static final int WARM_UP_PHONES = 8;

    private final FaultDrillOptions options;
    private final FaultReport report = new FaultReport(System.out);

    private FaultDrill(FaultDrillOptions options) {
        this.options = options;
    }

    /** Entry point; arguments as in {@link FaultDrillOptions#parse}. */
    public static void main(String[] args) throws Exception {
        boolean passed = new FaultDrill(FaultDrillOptions.parse(args)).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Roster prepared;
        try (Connection db = connect()) {
            prepared = new RosterPreparation(db).prepare(options.warmUp() + options.asnCount(), options.clockStart());
        }
        Roster warm = prepared.slice(0, options.warmUp());
        Roster roster = prepared.slice(options.warmUp(), prepared.size());
        report.header(options, roster);
        CheckIns checkIns = new CheckIns(Selfie.generate(2026));
        List<byte[]> photos = checkIns.photosFor(roster.asn(), "fault drill");
        FaultLog faults = new FaultLog(options.faultLog());

        FaultRecorder recorder;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (PhoneClient client =
                new PhoneClient(URI.create(options.baseUrl()), options.answerTimeout(), MAX_CONNECTIONS)) {
            report.warmUp(new ClosedLoop(client, checkIns)
                    .run(warm.asn(), checkIns.photosFor(warm.asn(), "warm-up"), WARM_UP_PHONES));
            Instant rushStart = Instant.now();
            recorder = new FaultRecorder(checkIns, rushStart);
            long start = System.nanoTime();
            faults.rushStarted(rushStart);
            Outbox outbox = new Outbox(
                    client,
                    recorder,
                    timer,
                    options.longestWait(),
                    start + options.timeLimit().toNanos());
            outbox.rush(roster.size(), i -> checkIns.of(roster.asn().get(i), photos.get(i)), options.rate(), start);
            faults.awaitDealt(rushStart.plus(options.timeLimit()));
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
        }

        EventLedger.Check check;
        try (Connection db = connect()) {
            // the ledger's superuser statements (clearing, vacuum) are not used here
            check = new EventLedger(
                            db,
                            options.jdbcUrl(),
                            "postgres",
                            roster,
                            options.clockStart()
                                    .atZone(ZoneId.of("Asia/Jakarta"))
                                    .toLocalDate())
                    .check(recorder.acknowledged());
        }
        Map<String, Instant> happened = faults.read();
        Instant now = Instant.now();
        ServerLog.Span outage = ServerLog.between(
                options.serverLog(),
                happened.getOrDefault(FaultLog.POSTGRESQL_KILLED, now),
                happened.getOrDefault(FaultLog.WILDFLY_KILLED, now));
        ServerLog.Span whole =
                ServerLog.between(options.serverLog(), Instant.ofEpochMilli(recorder.startMillis()), now);
        return report.outcome(roster.size(), recorder, happened, check, outage, whole);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.jdbcUrl(), options.dbUser(), System.getenv("DB_PASSWORD"));
    }
}
