package id.go.merangin.sapo.attendance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The whole filtered review list as its exports print it: the regency, the OPD (or every OPD in reach), the filter
 * with its period, when the list was made, and its rows, newest first. The XLSX and the PDF are written from this,
 * so an export never holds more than the screen may show.
 *
 * @param regency the regency as the title block names it ("Kabupaten Merangin")
 * @param opdCode the chosen OPD's code ("DISKOMINFO"), or {@code null} for every OPD in reach
 * @param opdName the chosen OPD's name, or {@code null} for every OPD in reach
 * @param filter what was asked for: the period, and the decision, type, flags and search if any
 * @param generatedAt when the list was made, in the regency's local time
 */
public record ReviewReport(
        String regency,
        String opdCode,
        String opdName,
        ReviewFilter filter,
        LocalDateTime generatedAt,
        List<ReviewRow> rows) {

    public ReviewReport {
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(filter.from(), "from");
        Objects.requireNonNull(filter.until(), "until");
        Objects.requireNonNull(generatedAt, "generatedAt");
        rows = List.copyOf(rows);
    }
}
