package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierBandsTest {

    @ParameterizedTest
    @CsvSource({
        "1, TL1, PSW1",
        "30, TL1, PSW1",
        "31, TL2, PSW2",
        "60, TL2, PSW2",
        "61, TL3, PSW3",
        "90, TL3, PSW3",
        "91, TL4, PSW4",
        "480, TL4, PSW4"
    })
    void bandsMinutesIntoTiersByDefault(int minutes, LatenessTier lateness, EarlyLeaveTier earlyLeave) {
        assertThat(LatenessTier.forMinutes(minutes, TierBands.DEFAULT)).contains(lateness);
        assertThat(EarlyLeaveTier.forMinutes(minutes, TierBands.DEFAULT)).contains(earlyLeave);
    }

    @Test
    void givesNoTierForZeroMinutes() {
        assertThat(LatenessTier.forMinutes(0, TierBands.DEFAULT)).isEmpty();
        assertThat(EarlyLeaveTier.forMinutes(0, TierBands.DEFAULT)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, ", "1, TL1", "15, TL1", "16, TL2", "30, TL2", "31, TL3", "45, TL3", "46, TL4"})
    void followsCustomBands(int minutes, LatenessTier expected) {
        TierBands bands = new TierBands(15, 30, 45);

        assertThat(LatenessTier.forMinutes(minutes, bands)).isEqualTo(Optional.ofNullable(expected));
        assertThat(EarlyLeaveTier.forMinutes(minutes, bands).map(Enum::ordinal))
                .isEqualTo(Optional.ofNullable(expected).map(Enum::ordinal));
    }

    @Test
    void allowsBandsOfOneMinuteEach() {
        TierBands bands = new TierBands(1, 2, 3);

        assertThat(LatenessTier.forMinutes(2, bands)).contains(LatenessTier.TL2);
        assertThat(LatenessTier.forMinutes(4, bands)).contains(LatenessTier.TL4);
    }

    @Test
    void countsAMissingCheckInAsTl4AndAMissingCheckOutAsPsw4() {
        assertThat(LatenessTier.forMissingCheckIn()).isEqualTo(LatenessTier.TL4);
        assertThat(EarlyLeaveTier.forMissingCheckOut()).isEqualTo(EarlyLeaveTier.PSW4);
    }

    @Test
    void refusesNegativeMinutes() {
        assertThatThrownBy(() -> LatenessTier.forMinutes(-1, TierBands.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarlyLeaveTier.forMinutes(-1, TierBands.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 60, 90", "30, 30, 90", "30, 60, 60", "60, 30, 90", "-1, 60, 90"})
    void refusesBandsThatAreNotStrictlyIncreasingFromOne(int tier1Max, int tier2Max, int tier3Max) {
        assertThatThrownBy(() -> new TierBands(tier1Max, tier2Max, tier3Max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_TIER_BANDS));
    }
}
