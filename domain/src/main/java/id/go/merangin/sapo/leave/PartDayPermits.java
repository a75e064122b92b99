package id.go.merangin.sapo.leave;

import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;

/**
 * The approved part-day permits of one ASN on one day: arriving until {@code arrivalExcusedUntil} (izin datang
 * terlambat) and leaving from {@code leaveExcusedFrom} (izin pulang cepat) cost no minutes; {@code null} where
 * there is none. Whole-day requests are not permits and are left out.
 */
public record PartDayPermits(LocalTime arrivalExcusedUntil, LocalTime leaveExcusedFrom) {

    public static final PartDayPermits NONE = new PartDayPermits(null, null);

    /** The permits among {@code approved}, the approved requests covering the day. */
    public static PartDayPermits of(Collection<LeaveRequest> approved) {
        LocalTime arrival = null;
        LocalTime leave = null;
        for (LeaveRequest request : Objects.requireNonNull(approved, "approved")) {
            if (request.type() == LeaveType.IZIN_DATANG_TERLAMBAT) {
                arrival = request.permitTime().orElseThrow();
            } else if (request.type() == LeaveType.IZIN_PULANG_CEPAT) {
                leave = request.permitTime().orElseThrow();
            }
        }
        return arrival == null && leave == null ? NONE : new PartDayPermits(arrival, leave);
    }
}
