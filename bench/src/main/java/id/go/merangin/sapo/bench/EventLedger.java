package id.go.merangin.sapo.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's side of the count check: after a phase, exactly the events the API answered as accepted exist,
 * each once and with its selfie (none lost, none doubled); between phases the prepared ASN's events are removed,
 * so that each phase's check-ins are every ASN's first of the day again. The days before, prepared as history,
 * stay.
 */
public final class EventLedger {

    private static final String OF_ROSTER = " employee_id between ? and ? and work_date >= ?";
    private static final long QUIET_POLL_MILLIS = 500;
    /** {@code jdbc:postgresql://host[:port]/database[?...]}: the port and database that psql is given. */
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://[^/:]+(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    private final Connection db;
    private final String adminUrl;
    private final String admin;
    private final Roster roster;
    private final LocalDate day;

    public EventLedger(Connection db, String adminUrl, String admin, Roster roster, LocalDate day) {
        this.db = db;
        this.adminUrl = adminUrl;
        this.admin = admin;
        this.roster = roster;
        this.day = day;
    }

    /**
     * Compares the accepted events in the database with those the API answered, once the server has stopped
     * writing (a request the client gave up on may still be committed after the phase).
     */
    public Check check(Map<Long, Long> answered) throws SQLException, InterruptedException {
        awaitQuiet();
        Set<Long> stored = new HashSet<>();
        long rows = 0;
        long refused = 0;
        long photos = 0;
        try (PreparedStatement query =
                        bounded("select id, decision, photo_id from attendance_event where" + OF_ROSTER);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                if ("ACCEPTED".equals(result.getString(2))) {
                    rows++;
                    stored.add(result.getLong(1));
                    photos += result.getObject(3) == null ? 0 : 1;
                } else {
                    refused++;
                }
            }
        }
        long perAsn;
        try (PreparedStatement query = bounded("select count(distinct employee_id) from attendance_event"
                        + " where decision = 'ACCEPTED' and" + OF_ROSTER);
                ResultSet result = query.executeQuery()) {
            result.next();
            perAsn = result.getLong(1);
        }
        Set<Long> expected = new HashSet<>(answered.values());
        Set<Long> lost = new HashSet<>(expected);
        lost.removeAll(stored);
        Set<Long> unanswered = new HashSet<>(stored);
        unanswered.removeAll(expected);
        return new Check(expected.size(), rows, perAsn, photos, refused, lost.size(), unanswered.size());
    }

    private void awaitQuiet() throws SQLException, InterruptedException {
        long last = -1;
        for (int quietPolls = 0, polls = 0; quietPolls < 4 && polls < 600; polls++) {
            long rows;
            try (PreparedStatement query = bounded("select count(*) from attendance_event where" + OF_ROSTER);
                    ResultSet result = query.executeQuery()) {
                result.next();
                rows = result.getLong(1);
            }
            quietPolls = rows == last ? quietPolls + 1 : 0;
            last = rows;
            Thread.sleep(QUIET_POLL_MILLIS);
        }
    }

    /**
     * Removes the phase's events of the prepared ASN and their selfies, then checkpoints so that phases start alike.
     * As the superuser, without the foreign-key checks: nothing refers to these rows once their events are gone,
     * and checking each selfie against every event (a column SAPO never looks up, so not indexed) would take
     * minutes.
     */
    public void clear() throws SQLException {
        long first = roster.firstEmployeeId();
        long last = first + roster.size() - 1;
        asSuperuser(
                "set session_replication_role = replica",
                "delete from attendance_event where employee_id between " + first + " and " + last
                        + " and work_date >= date '" + day + "'",
                "delete from stored_file where purpose = 'ATTENDANCE_PHOTO' and purged_at is null"
                        + " and owner_employee_id between " + first + " and " + last,
                "vacuum analyze attendance_event, stored_file",
                "checkpoint");
    }

    /**
     * Vacuums and analyzes the whole database, then checkpoints: what is measured next (the pgbench baseline above
     * all) starts from rest instead of sharing the machine with autovacuum working through the preparation's rows.
     */
    public void settle() throws SQLException {
        asSuperuser("vacuum analyze", "checkpoint");
    }

    /**
     * Runs {@code statements} as PostgreSQL's superuser, the Debian way: psql as the {@code admin} OS user over the
     * local socket (peer authentication; the generator runs as root, as bench/run does), never over TCP without a
     * password. One psql session, each statement in a transaction of its own (VACUUM cannot run in one). Returns
     * once its backend process has ended: only then has PostgreSQL added that backend's CPU to its own, so that the
     * next phase's CPU reading is not charged for this vacuum.
     */
    private void asSuperuser(String... statements) throws SQLException {
        Matcher url = JDBC_URL.matcher(adminUrl);
        if (!url.matches()) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + adminUrl);
        }
        List<String> command = new ArrayList<>(List.of(
                "runuser",
                "-u",
                admin,
                "--",
                "psql",
                "-p",
                url.group(1) == null ? "5432" : url.group(1),
                "-d",
                url.group(2),
                "-X",
                "-qAt",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                "select pg_backend_pid()"));
        for (String sql : statements) {
            command.add("-c");
            command.add(sql);
        }
        String output;
        int exit;
        try {
            Process psql = new ProcessBuilder(command)
                    .directory(new File("/"))
                    .redirectErrorStream(true)
                    .start();
            output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            exit = psql.waitFor();
        } catch (IOException e) {
            throw new SQLException("cannot run psql as " + admin + " (the benchmark runs as root)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        }
        if (exit != 0) {
            throw new SQLException("psql as " + admin + " failed (" + exit + "): " + output);
        }
        Path process = Path.of("/proc", output.lines().findFirst().orElse("0").strip());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(process) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private PreparedStatement bounded(String sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setLong(1, roster.firstEmployeeId());
        statement.setLong(2, roster.firstEmployeeId() + roster.size() - 1);
        statement.setObject(3, day);
        return statement;
    }

    /**
     * The count check of one phase.
     *
     * @param answered distinct events the API answered as accepted
     * @param stored accepted event rows of the prepared ASN
     * @param asnWithEvent prepared ASN with an accepted event
     * @param withPhoto accepted rows that keep their selfie
     * @param refusedRows refused attempts kept for review
     * @param lost answered events missing from the database
     * @param unanswered stored events the API never answered as accepted
     */
    public record Check(
            long answered,
            long stored,
            long asnWithEvent,
            long withPhoto,
            long refusedRows,
            long lost,
            long unanswered) {

        /** Exactly the answered events exist, one per ASN, each with its selfie. */
        public boolean exact() {
            return lost == 0 && unanswered == 0 && stored == answered && asnWithEvent == stored && withPhoto == stored;
        }
    }
}
