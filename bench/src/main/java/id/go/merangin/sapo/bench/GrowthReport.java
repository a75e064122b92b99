package id.go.merangin.sapo.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the data-growth report: a check-in's bytes by table and index, what the nightly purge leaves behind, and
 * the database's size for a regency, a province and the whole country. A year has {@value #WORKING_DAYS} working
 * days, each with a check-in and a check-out; a check-out writes what a check-in does (an event row and a selfie).
 * Events and the record of each selfie (hash, size, time) are kept for good; a selfie's bytes for
 * {@value #SELFIE_RETENTION_DAYS} days.
 */
final class GrowthReport {

    static final int WORKING_DAYS = 245;
    static final int PUNCHES_PER_DAY = 2;
    static final int SELFIE_RETENTION_DAYS = 400;
    private static final List<Integer> SCALES = List.of(6_000, 50_000, 4_300_000);
    private static final String EVENT = "attendance_event";
    private static final String FILE = "stored_file";

    private final PrintStream out;

    GrowthReport(PrintStream out) {
        this.out = out;
    }

    void header(BenchOptions options, Roster roster, int selfieBytes) {
        line("SAPO data growth");
        line(
                "  server %s, clock from %s, %d ASN prepared over the demo OPDs with %d working days of history;"
                        + " selfie %d bytes (480x640 JPEG, its own per ASN and day)",
                options.baseUrl(), options.clockStart(), roster.size(), RosterPreparation.HISTORY_DAYS, selfieBytes);
    }

    void rush(String day, PhaseRecorder recorder, EventLedger.Check check) {
        line("");
        line(
                "Check-ins of %s: %d accepted in %.1f s (%s), count check %s",
                day,
                check.stored(),
                recorder.elapsedSeconds(),
                recorder.kinds(),
                check.exact() ? "EXACT" : "MISMATCH " + check);
    }

    void growth(String title, long checkIns, Map<String, Long> grown) {
        line("%s: what %d check-ins added (after VACUUM ANALYZE), by part", title, checkIns);
        for (Map.Entry<String, Long> part : grown.entrySet()) {
            line(
                    "  %-72s %10s %8.0f B/check-in",
                    part.getKey(), size(part.getValue()), (double) part.getValue() / checkIns);
        }
        Bytes bytes = Bytes.of(grown, checkIns);
        line(
                "  per check-in: event row with its indexes %.0f B, selfie record (row, indexes) %.0f B, selfie bytes"
                        + " (TOAST) %.0f B, other tables %.0f B; total %.0f B",
                bytes.event(), bytes.record(), bytes.selfie(), bytes.other(), bytes.total());
    }

    /**
     * The whole tables after day 1 (the history's ten working days, the demo's events and day 1): what an event and
     * a selfie's record take on average, indexes included. A day's growth alone can understate an index whose
     * pages still had room from the days before; a table of many days shows what a row really costs.
     */
    void average(Average average) {
        line("");
        line(
                "Whole tables after day 1: %,d events, %s each with their indexes (%s in all); %,d selfie records, %s"
                        + " each with their indexes, without the selfie bytes (%s in all)",
                average.events(),
                size(average.perEvent()),
                size(average.sizes().total(EVENT)),
                average.files(),
                size(average.perRecord()),
                size(average.perRecord() * average.files()));
    }

    void purge(
            Purge purge, Map<String, Long> byPurge, Map<String, Long> byVacuum, DeadSpace[] rows, DeadSpace[] bytes) {
        line("");
        line(
                "Nightly purge (SAPO's PhotoRetention timer, triggered through WildFly's management): %d selfies of"
                        + " day 1, aged past %d days, emptied in %.1f s (jboss-cli's own start and connection took %.1f s"
                        + " of a call); then VACUUM stored_file %.1f s; load average %.1f on %d cores",
                purge.selfies(),
                SELFIE_RETENTION_DAYS,
                purge.seconds(),
                purge.cliSeconds(),
                purge.vacuumSeconds(),
                purge.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        line("  files grown by the purge: %s", sizes(byPurge));
        line("  files changed by the VACUUM after it: %s", sizes(byVacuum));
        line("  %-40s %12s %12s %12s", "", "before purge", "after purge", "after VACUUM");
        deadSpace("stored_file", rows);
        deadSpace("stored_file's TOAST (the selfie bytes)", bytes);
    }

    private void deadSpace(String what, DeadSpace[] moments) {
        line(
                "  %-40s %12s %12s %12s",
                what + ": file",
                size(moments[0].fileBytes()),
                size(moments[1].fileBytes()),
                size(moments[2].fileBytes()));
        line(
                "  %-40s %12s %12s %12s",
                "  live", size(moments[0].liveBytes()), size(moments[1].liveBytes()), size(moments[2].liveBytes()));
        line(
                "  %-40s %12s %12s %12s",
                "  dead rows (count)", moments[0].deadRows(), moments[1].deadRows(), moments[2].deadRows());
        line(
                "  %-40s %12s %12s %12s",
                "  dead", size(moments[0].deadBytes()), size(moments[1].deadBytes()), size(moments[2].deadBytes()));
        line(
                "  %-40s %12s %12s %12s",
                "  free (reusable)",
                size(moments[0].freeBytes()),
                size(moments[1].freeBytes()),
                size(moments[2].freeBytes()));
    }

    void reuse(long checkIns, Map<String, Long> grown, DeadSpace selfieBytes) {
        growth("Day 3 (after the purge and VACUUM)", checkIns, grown);
        line(
                "  the selfie bytes' file grew %s for %d new selfies; %s free space left in it",
                size(grown.getOrDefault(FILE + RelationSizes.TOAST, 0L)), checkIns, size(selfieBytes.freeBytes()));
    }

    void projections(long checkIns, Map<String, Long> grown, Average average, Purge purge) {
        double selfie = Bytes.of(grown, checkIns).selfie();
        double kept = average.perEvent() + average.perRecord();
        double perYear = WORKING_DAYS * PUNCHES_PER_DAY;
        double selfiesHeld = perYear * SELFIE_RETENTION_DAYS / 365.0;
        double secondsPerSelfie = (purge.seconds() - purge.cliSeconds() + purge.vacuumSeconds()) / purge.selfies();
        line("");
        line(
                "Projection (%d working days a year, check-in and check-out; events and selfie records kept for good,"
                        + " %.0f B a check-in as the whole tables average; selfie bytes kept %d days, %.0f B a check-in as"
                        + " day 1 grew)",
                WORKING_DAYS, kept, SELFIE_RETENTION_DAYS, selfie);
        line(
                "  per ASN: %.0f check-ins a year; kept for good %s a year; selfies held at steady state %.0f = %s",
                perYear, size(perYear * kept), selfiesHeld, size(selfiesHeld * selfie));
        line(
                "  %10s %14s %14s %14s %14s %20s %14s",
                "ASN",
                "kept per year",
                "selfies held",
                "after 1 year",
                "after 5 years",
                "nightly purge",
                "purge+VACUUM");
        for (int asn : SCALES) {
            double day = (double) asn * PUNCHES_PER_DAY;
            line(
                    "  %,10d %14s %14s %14s %14s %20s %13.0fs",
                    asn,
                    size(asn * perYear * kept),
                    size(asn * selfiesHeld * selfie),
                    size(asn * perYear * (kept + selfie)),
                    size(asn * (5 * perYear * kept + selfiesHeld * selfie)),
                    String.format(Locale.ROOT, "%,.0f = %s", day, size(day * selfie)),
                    day * secondsPerSelfie);
        }
        line("  (purge+VACUUM: this run's seconds per selfie, less jboss-cli's start, times one working day's"
                + " selfies; on this run's load)");
    }

    /**
     * The nightly purge as measured.
     *
     * @param selfies selfies it emptied
     * @param seconds from the management call to the purge's commit, jboss-cli's start included
     * @param cliSeconds what a read-only call through jboss-cli took, its start and connection
     * @param vacuumSeconds the VACUUM of stored_file after it
     * @param loadAverage the machine's load average (1 minute) when it started
     */
    record Purge(long selfies, double seconds, double cliSeconds, double vacuumSeconds, double loadAverage) {}

    /**
     * The whole tables at one moment.
     *
     * @param sizes their sizes
     * @param events rows of attendance_event
     * @param files rows of stored_file
     */
    record Average(RelationSizes sizes, long events, long files) {

        double perEvent() {
            return (double) sizes.total(EVENT) / events;
        }

        /** A stored_file row with its indexes, without its TOAST table (the bytes, purged after the retention). */
        double perRecord() {
            return (double) (sizes.total(FILE)
                            - sizes.of(FILE + RelationSizes.TOAST)
                            - sizes.of(FILE + RelationSizes.TOAST_INDEX))
                    / files;
        }
    }

    /** A check-in's bytes by where they go. */
    private record Bytes(double event, double record, double selfie, double other) {

        static Bytes of(Map<String, Long> grown, long checkIns) {
            double event = 0;
            double record = 0;
            double selfie = 0;
            double other = 0;
            for (Map.Entry<String, Long> part : grown.entrySet()) {
                String name = part.getKey();
                double bytes = (double) part.getValue() / checkIns;
                if (name.equals(EVENT) || name.startsWith(EVENT + " ")) {
                    event += bytes;
                } else if (name.equals(FILE + RelationSizes.TOAST) || name.equals(FILE + RelationSizes.TOAST_INDEX)) {
                    selfie += bytes;
                } else if (name.equals(FILE) || name.startsWith(FILE + " ")) {
                    record += bytes;
                } else {
                    other += bytes;
                }
            }
            return new Bytes(event, record, selfie, other);
        }

        double kept() {
            return event + record + other;
        }

        double total() {
            return kept() + selfie;
        }
    }

    private static String sizes(Map<String, Long> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach((part, bytes) -> text.append(text.isEmpty() ? "" : ", ")
                .append(part)
                .append(" ")
                .append(bytes > 0 ? "+" : "")
                .append(size(bytes)));
        return text.isEmpty() ? "none" : text.toString();
    }

    /** Bytes as PostgreSQL's pg_size_pretty writes them (powers of 1024). */
    static String size(double bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    private void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }
}
