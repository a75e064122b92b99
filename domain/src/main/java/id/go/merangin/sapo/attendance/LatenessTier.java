package id.go.merangin.sapo.attendance;

import java.util.Objects;
import java.util.Optional;

/**
 * The daily lateness codes (terlambat) TL1–TL4, each with its own deduction. The name is the code shown in the
 * recap. A day without a CHECK_IN counts as {@link #TL4}.
 */
public enum LatenessTier {
    TL1,
    TL2,
    TL3,
    TL4;

    /** The tier of {@code lateMinutes} under {@code bands}; empty when on time (0 minutes). */
    public static Optional<LatenessTier> forMinutes(int lateMinutes, TierBands bands) {
        Objects.requireNonNull(bands, "bands");
        int tier = bands.tierOf(lateMinutes);
        return tier == 0 ? Optional.empty() : Optional.of(values()[tier - 1]);
    }

    /** The tier of a work day with no CHECK_IN: the highest. */
    public static LatenessTier forMissingCheckIn() {
        return TL4;
    }
}
