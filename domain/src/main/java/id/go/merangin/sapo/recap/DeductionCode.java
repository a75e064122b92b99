package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.EarlyLeaveTier;
import id.go.merangin.sapo.attendance.LatenessTier;
import java.util.Objects;

/**
 * The daily codes that cost part of the allowance (TPP), each priced by the {@link RuleSet} in force. The
 * name is the code shown in the recap and equals the name of the {@link LatenessTier} or {@link EarlyLeaveTier} it
 * stands for, so the tiers stay the one place where minutes become a code.
 */
public enum DeductionCode {
    TL1,
    TL2,
    TL3,
    TL4,
    PSW1,
    PSW2,
    PSW3,
    PSW4,
    /** Tanpa keterangan: a whole workday absent without an approved request. */
    TK,
    /** Tidak apel: a compulsory apel or upacara missed on a day that was not excused (and not TK). */
    TA;

    public static DeductionCode of(LatenessTier tier) {
        return valueOf(Objects.requireNonNull(tier, "tier").name());
    }

    public static DeductionCode of(EarlyLeaveTier tier) {
        return valueOf(Objects.requireNonNull(tier, "tier").name());
    }
}
