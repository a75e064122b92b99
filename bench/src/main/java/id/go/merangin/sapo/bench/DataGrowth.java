package id.go.merangin.sapo.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many bytes a check-in adds to the database, and what the nightly selfie purge leaves behind (issue 19), run by
 * {@code bench/run --growth} against a started SAPO with the benchmark's roster and selfies:
 *
 * <ol>
 *   <li>day 1: every ASN checks in through the API; the tables' growth divided by the check-ins is a check-in's
 *       bytes, table by table and index by index;</li>
 *   <li>day 1 is made a day past the selfie retention (its selfies' {@code created_at} moved back 401 days by SQL,
 *       its events removed so that the ASN can check in again today), and day 2 checks in: its selfies are written
 *       after day 1's in the files, as a later day's are in a running SAPO;</li>
 *   <li>SAPO's own nightly purge is triggered (its timer, through WildFly's management): it empties day 1's selfies,
 *       in the middle of the files as in production; the dead rows it leaves are counted, then VACUUM;</li>
 *   <li>day 3 checks in: whether its selfies fill the space the purge freed instead of growing the files.</li>
 * </ol>
 */
public final class DataGrowth {

    private static final int CONCURRENCY = 8;
    private static final int MAX_CONNECTIONS = 64;
    private static final int AGE_PAST_RETENTION_DAYS = 401;

    private final BenchOptions options;
    private final GrowthReport report = new GrowthReport(System.out);

    private DataGrowth(BenchOptions options) {
        this.options = options;
    }

    /**
     * Entry point; arguments as in {@link BenchOptions#parse}, with {@code --jboss-cli} and {@code --management}.
     * Exits when done or failed: the phones' event loop would keep the JVM (and bench/run's server) alive.
     */
    public static void main(String[] args) {
        try {
            new DataGrowth(BenchOptions.parse(args)).run();
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        try (Connection db = options.connect()) {
            RushSetup setup = RushSetup.prepare(options, db);
            Roster roster = setup.roster();
            LocalDate today = setup.day();
            EventLedger ledger = setup.ledger();
            ledger.settle();
            CheckIns checkIns = setup.checkIns();
            ClosedLoop phones = new ClosedLoop(
                    new PhoneClient(URI.create(options.baseUrl()), CheckIns.TIMEOUT, MAX_CONNECTIONS), checkIns);
            String selfieToast = toastOf(db, "stored_file");
            report.header(options, roster, setup.selfie().taggedWith("day 1 198401012005031001").length);

            RelationSizes beforeDay1 = RelationSizes.of(db);
            long day1 = rush(db, "day 1", roster, phones, checkIns, ledger);
            RelationSizes afterDay1 = RelationSizes.of(db);
            Map<String, Long> perCheckIn = afterDay1.since(beforeDay1);
            report.growth("Day 1", day1, perCheckIn);
            GrowthReport.Average average = new GrowthReport.Average(
                    afterDay1,
                    count(db, "select count(*) from attendance_event"),
                    count(db, "select count(*) from stored_file"));
            report.average(average);

            ageSelfiesPastRetention(db, roster);
            clearToday(db, roster, today);
            RelationSizes beforeDay2 = RelationSizes.of(db);
            long day2 = rush(db, "day 2", roster, phones, checkIns, ledger);
            RelationSizes afterDay2 = RelationSizes.of(db);
            report.growth(
                    "Day 2 (its rows partly in the space day 1's removal freed)", day2, afterDay2.since(beforeDay2));

            DeadSpace rowsBefore = DeadSpace.of(db, "stored_file");
            DeadSpace bytesBefore = DeadSpace.of(db, selfieToast);
            NightlyPurge nightly = new NightlyPurge(options.jbossCli(), options.management());
            long started = System.nanoTime();
            String timer = nightly.timer();
            double cliSeconds = seconds(started);
            double load = loadAverage();
            started = System.nanoTime();
            nightly.trigger(timer);
            long purged = awaitPurge(db, roster);
            double purgeSeconds = seconds(started);
            RelationSizes afterPurge = RelationSizes.of(db);
            DeadSpace rowsPurged = DeadSpace.of(db, "stored_file");
            DeadSpace bytesPurged = DeadSpace.of(db, selfieToast);
            started = System.nanoTime();
            execute(db, "vacuum stored_file");
            double vacuumSeconds = seconds(started);
            RelationSizes afterVacuum = RelationSizes.of(db);
            DeadSpace rowsVacuumed = DeadSpace.of(db, "stored_file");
            DeadSpace bytesVacuumed = DeadSpace.of(db, selfieToast);
            GrowthReport.Purge purge = new GrowthReport.Purge(purged, purgeSeconds, cliSeconds, vacuumSeconds, load);
            report.purge(
                    purge,
                    afterPurge.since(afterDay2),
                    afterVacuum.since(afterPurge),
                    new DeadSpace[] {rowsBefore, rowsPurged, rowsVacuumed},
                    new DeadSpace[] {bytesBefore, bytesPurged, bytesVacuumed});

            clearToday(db, roster, today);
            RelationSizes beforeDay3 = RelationSizes.of(db);
            long day3 = rush(db, "day 3", roster, phones, checkIns, ledger);
            RelationSizes afterDay3 = RelationSizes.of(db);
            report.reuse(day3, afterDay3.since(beforeDay3), DeadSpace.of(db, selfieToast));

            report.projections(day1, perCheckIn, average, purge);
        }
    }

    /**
     * Every ASN checks in once, 8 at a time (a cold server may still turn a few away busy: the growth is divided by
     * the accepted ones); the count check must be exact. The growing tables are then vacuumed and analysed, so that
     * what is measured next starts from rest. Answers the check-ins accepted.
     */
    private long rush(
            Connection db, String day, Roster roster, ClosedLoop phones, CheckIns checkIns, EventLedger ledger)
            throws Exception {
        PhaseRecorder recorder = phones.run(roster.asn(), checkIns.photosFor(roster.asn(), day), CONCURRENCY);
        EventLedger.Check check = ledger.check(recorder.acceptedEvents());
        report.rush(day, recorder, check);
        if (!check.exact()) {
            throw new IllegalStateException(day + ": the count check failed: " + check);
        }
        execute(db, "vacuum analyze attendance_event, stored_file");
        return check.stored();
    }

    /** Day 1's selfies become 401 days old, past the retention of 400; vacuumed so they start from rest. */
    private void ageSelfiesPastRetention(Connection db, Roster roster) throws SQLException {
        try (PreparedStatement age = db.prepareStatement("update stored_file set created_at = created_at"
                + " - make_interval(days => ?) where purpose = 'ATTENDANCE_PHOTO' and purged_at is null"
                + " and owner_employee_id between ? and ?")) {
            age.setInt(1, AGE_PAST_RETENTION_DAYS);
            age.setLong(2, roster.firstEmployeeId());
            age.setLong(3, roster.firstEmployeeId() + roster.size() - 1);
            age.executeUpdate();
        }
        execute(db, "vacuum analyze stored_file");
    }

    /**
     * Removes today's events of the roster, keeping their selfies, so that every ASN may check in again: the
     * measurement is of the selfies' space, and a day's events would stay in a running SAPO anyway.
     */
    private void clearToday(Connection db, Roster roster, LocalDate today) throws SQLException {
        try (PreparedStatement clear = db.prepareStatement(
                "delete from attendance_event where employee_id" + " between ? and ? and work_date >= ?")) {
            clear.setLong(1, roster.firstEmployeeId());
            clear.setLong(2, roster.firstEmployeeId() + roster.size() - 1);
            clear.setObject(3, today);
            clear.executeUpdate();
        }
        execute(db, "vacuum analyze attendance_event");
    }

    /**
     * Waits until none of day 1's selfies (the roster's, taken long before the server's clock started) keeps its
     * bytes; answers how many the purge emptied.
     */
    private long awaitPurge(Connection db, Roster roster) throws SQLException, InterruptedException {
        String aged = "select count(*) from stored_file where purpose = 'ATTENDANCE_PHOTO' and owner_employee_id"
                + " between " + roster.firstEmployeeId() + " and " + (roster.firstEmployeeId() + roster.size() - 1)
                + " and created_at < timestamptz '" + options.clockStart() + "' - interval '300 days' and purged_at";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (count(db, aged + " is null") == 0) {
                return count(db, aged + " is not null");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the nightly purge did not finish in 10 minutes");
    }

    /** The TOAST table's oid, which {@code regclass} takes without a look-up in pg_toast (closed to SAPO's role). */
    private static String toastOf(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        "select reltoastrelid::oid from pg_class" + " where oid = '" + table + "'::regclass")) {
            row.next();
            return row.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The machine's load average over the last minute: the purge's seconds mean little on a busy machine. */
    private static double loadAverage() throws java.io.IOException {
        return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                .split(" ")[0]);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
