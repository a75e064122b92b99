package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * The months SAPO keeps a recap of: from {@code first}, the month it began to be used (configured), up to the current
 * month; and of one ASN, none before the month of their appointment (the NIP's). A month outside is refused, never
 * worked out: a read must not write the days of months that do not matter.
 */
public record RecapPeriod(YearMonth first) {

    public RecapPeriod {
        Objects.requireNonNull(first, "first");
    }

    /** Refuses a month before {@link #first} or after {@code current}. */
    public void requireCovered(YearMonth month, YearMonth current) {
        requireBetween(month, first, current);
    }

    /** Refuses a month the ASN with this NIP was not yet appointed in, or outside {@link #requireCovered}. */
    public void requireCoveredFor(Nip nip, YearMonth month, YearMonth current) {
        YearMonth appointed = nip.appointmentMonth();
        requireBetween(month, appointed.isAfter(first) ? appointed : first, current);
    }

    private static void requireBetween(YearMonth month, YearMonth from, YearMonth until) {
        if (month.isBefore(from) || month.isAfter(until)) {
            throw new InvalidInputException(
                    ProblemCode.MONTH_OUT_OF_RANGE,
                    "month " + month + " is outside " + from + " to " + until,
                    Map.of("from", from.toString(), "until", until.toString()));
        }
    }
}
