package id.go.merangin.sapo.leave;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A part-day permit of the ASN for {@code date} was approved: the day's events, already measured, are to be measured
 * again less the minutes it excuses. Fired (as a CDI event, in the approving transaction) by the leave review, so
 * that it need not know how attendance is kept.
 */
public record PartDayPermitApproved(long employeeId, LocalDate date) {

    public PartDayPermitApproved {
        Objects.requireNonNull(date, "date");
    }
}
