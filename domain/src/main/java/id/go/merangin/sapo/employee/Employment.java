package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When an ASN works for the regency: from the appointment date (TMT, terhitung mulai tanggal) to the end date when
 * their employment ended (retirement, death, dismissal, a move out), both days included. Days outside it are not
 * working days of the ASN: never TK, never in the recap; the months they worked stay in the recap, the exports and
 * the ladder.
 *
 * @param appointment the first day of work in the regency
 * @param end the last day of work; {@code null} while employed
 * @param endReason why the employment ended; set exactly when {@code end} is
 */
public record Employment(LocalDate appointment, LocalDate end, EmploymentEnd endReason) {

    /** The stable code of every refusal of impossible employment dates. */
    public Employment {
        if (appointment == null) {
            throw invalid("an ASN needs an appointment date", "appointment");
        }
        if ((end == null) != (endReason == null)) {
            throw invalid("an end date needs its reason, and a reason its end date", end == null ? "end" : "endReason");
        }
        if (end != null && end.isBefore(appointment)) {
            throw invalid("the employment cannot end (" + end + ") before it starts (" + appointment + ")", "end");
        }
    }

    /** Employed from {@code appointment}, with no end yet. */
    public static Employment since(LocalDate appointment) {
        return new Employment(appointment, null, null);
    }

    /** Whether the ASN works for the regency on {@code date}. */
    public boolean covers(LocalDate date) {
        return covers(appointment, end, date);
    }

    /** Whether an employment from {@code appointment} to {@code end} ({@code null}: open) holds {@code date}. */
    public static boolean covers(LocalDate appointment, LocalDate end, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(appointment) && (end == null || !date.isAfter(end));
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record Span(LocalDate first, LocalDate last) {}

    /** The part of {@code from}–{@code until} (both included) the ASN worked for the regency; empty when none. */
    public Optional<Span> within(LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        LocalDate first = from.isBefore(appointment) ? appointment : from;
        LocalDate last = end != null && until.isAfter(end) ? end : until;
        return last.isBefore(first) ? Optional.empty() : Optional.of(new Span(first, last));
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    private static InvalidInputException invalid(String message, String field) {
        Map<String, Object> details = new HashMap<>();
        details.put("field", field);
        return new InvalidInputException(ProblemCode.INVALID_EMPLOYMENT, message, details);
    }
}
