package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Map;

/**
 * The minute bands that turn late or early-leave minutes into a tier, shared by {@link LatenessTier} and
 * {@link EarlyLeaveTier} because the regulation bands both alike: 1 to {@code tier1Max} minutes is tier 1, up to
 * {@code tier2Max} tier 2, up to {@code tier3Max} tier 3, and above that tier 4; 0 minutes is no tier.
 */
public record TierBands(int tier1Max, int tier2Max, int tier3Max) {

    /** The stable code of every refusal of impossible bands. */

    /** 1–30, 31–60, 61–90, above 90 minutes. */
    public static final TierBands DEFAULT = new TierBands(30, 60, 90);

    public TierBands {
        if (tier1Max < 1 || tier2Max <= tier1Max || tier3Max <= tier2Max) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_TIER_BANDS,
                    "tier bands must be strictly increasing from at least " + "1 minute, not " + tier1Max + ", "
                            + tier2Max + ", " + tier3Max,
                    Map.of("tier1Max", tier1Max, "tier2Max", tier2Max, "tier3Max", tier3Max));
        }
    }

    /** The tier (1–4) of {@code minutes}, or 0 for none. */
    int tierOf(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative, not " + minutes);
        }
        if (minutes == 0) {
            return 0;
        }
        if (minutes <= tier1Max) {
            return 1;
        }
        if (minutes <= tier2Max) {
            return 2;
        }
        return minutes <= tier3Max ? 3 : 4;
    }
}
