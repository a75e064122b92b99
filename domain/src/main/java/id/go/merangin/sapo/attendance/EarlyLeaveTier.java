package id.go.merangin.sapo.attendance;

import java.util.Objects;
import java.util.Optional;

/**
 * The daily early-leave codes (pulang sebelum waktunya) PSW1–PSW4, each with its own deduction. The name is the
 * code shown in the recap. A day without a CHECK_OUT counts as {@link #PSW4}.
 */
public enum EarlyLeaveTier {
    PSW1,
    PSW2,
    PSW3,
    PSW4;

    /** The tier of {@code earlyLeaveMinutes} under {@code bands}; empty when not early (0 minutes). */
    public static Optional<EarlyLeaveTier> forMinutes(int earlyLeaveMinutes, TierBands bands) {
        Objects.requireNonNull(bands, "bands");
        int tier = bands.tierOf(earlyLeaveMinutes);
        return tier == 0 ? Optional.empty() : Optional.of(values()[tier - 1]);
    }

    /** The tier of a work day with no CHECK_OUT: the highest. */
    public static EarlyLeaveTier forMissingCheckOut() {
        return PSW4;
    }
}
