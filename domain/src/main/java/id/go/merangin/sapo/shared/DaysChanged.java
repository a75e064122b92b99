package id.go.merangin.sapo.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that decides ASN's daily codes changed for a range of dates: an approval, a manual attendance, a
 * schedule or a holiday. Fired (as a CDI event, in the changing transaction) by whatever changed it, so that the
 * recap works the days out again without the changing service knowing about the recap. Exactly one of the ASN
 * ({@code employeeId}), the OPD with its sub-units ({@code opdId}) or everyone ({@code both null}) is concerned.
 */
public record DaysChanged(Long employeeId, Long opdId, LocalDate from, LocalDate until) {

    /** The last date there is: an open-ended change runs until then. */
    public static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    public DaysChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (employeeId != null && opdId != null) {
            throw new IllegalArgumentException("an ASN or an OPD, not both");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(until + " is before " + from);
        }
    }

    public static DaysChanged ofEmployee(long employeeId, LocalDate from, LocalDate until) {
        return new DaysChanged(employeeId, null, from, until);
    }

    /** The ASN of the OPD and of its sub-units. */
    public static DaysChanged ofOpd(long opdId, LocalDate from, LocalDate until) {
        return new DaysChanged(null, opdId, from, until);
    }

    public static DaysChanged ofEveryone(LocalDate from, LocalDate until) {
        return new DaysChanged(null, null, from, until);
    }

    /** Until {@code until}, or {@link #END_OF_TIME} for {@code null}. */
    public static LocalDate orEndOfTime(LocalDate until) {
        return until == null ? END_OF_TIME : until;
    }
}
