package id.go.merangin.sapo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WildFly's server.log read back after the drill, for a span of time: how many records it holds, how many of them
 * carry a stack trace (a database outage should add none: SAPO logs it in one line every ten seconds, with a count),
 * SAPO's outage lines among them, and the first line of each kind of record that carried a stack trace.
 */
final class ServerLog {

    /** WildFly's default pattern starts each record with the local time, {@code 2026-12-04 15:02:11,042}. */
    private static final Pattern RECORD =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) +(\\S+) +\\[([^]]+)]");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final String OUTAGE_LINE = "The database is out of reach";
    private static final int MOST_KINDS = 6;

    /**
     * One span of the log.
     *
     * @param records log records in the span
     * @param stackTraces records that carry a stack trace
     * @param outageLines SAPO's one-line outage reports
     * @param traced level and logger of the records with a stack trace, with their count
     */
    record Span(long records, long stackTraces, long outageLines, Map<String, Long> traced) {}

    private ServerLog() {}

    /** The records logged from {@code from} (inclusive) to {@code to} (exclusive), by the machine's time zone. */
    static Span between(Path log, Instant from, Instant to) throws IOException {
        long records = 0;
        long stackTraces = 0;
        long outageLines = 0;
        Map<String, Long> traced = new LinkedHashMap<>();
        if (!Files.exists(log)) {
            return new Span(0, 0, 0, traced);
        }
        boolean inSpan = false;
        boolean traceCounted = false;
        String source = "";
        try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher record = RECORD.matcher(line);
                if (record.find()) {
                    Instant at = LocalDateTime.parse(record.group(1), STAMP)
                            .atZone(ZoneId.systemDefault())
                            .toInstant();
                    inSpan = !at.isBefore(from) && at.isBefore(to);
                    traceCounted = false;
                    source = record.group(2) + " " + record.group(3);
                    if (inSpan) {
                        records++;
                        outageLines += line.contains(OUTAGE_LINE) ? 1 : 0;
                    }
                } else if (inSpan && !traceCounted && line.startsWith("\tat ")) {
                    traceCounted = true;
                    stackTraces++;
                    if (traced.size() < MOST_KINDS || traced.containsKey(source)) {
                        traced.merge(source, 1L, Long::sum);
                    }
                }
            }
        }
        return new Span(records, stackTraces, outageLines, traced);
    }
}
