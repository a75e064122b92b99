package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrityRulesTest {

    private static final Instant SERVER = Instant.parse("2026-03-02T00:30:00Z");

    @Test
    void flagsAPhoneClockMoreThanFiveMinutesOffEitherWayByDefault() {
        IntegrityRules rules = IntegrityRules.DEFAULT;

        assertThat(rules.clockSkewed(SERVER.minusSeconds(300), SERVER))
                .as("exactly 5 minutes behind")
                .isFalse();
        assertThat(rules.clockSkewed(SERVER.minusSeconds(301), SERVER)).isTrue();
        assertThat(rules.clockSkewed(SERVER.plusSeconds(300), SERVER))
                .as("exactly 5 minutes ahead")
                .isFalse();
        assertThat(rules.clockSkewed(SERVER.plusSeconds(301), SERVER)).isTrue();
        assertThat(rules.clockSkewed(null, SERVER))
                .as("no claim, nothing to flag")
                .isFalse();
    }

    @Test
    void flagsTravelFasterThanTheThresholdBeyondAKilometre() {
        IntegrityRules rules = new IntegrityRules(5, 100);

        assertThat(rules.impossibleTravel(50, Duration.ofMinutes(30)))
                .as("exactly 100 km/h")
                .isFalse();
        assertThat(rules.impossibleTravel(50.1, Duration.ofMinutes(30))).isTrue();
        assertThat(rules.impossibleTravel(1, Duration.ofSeconds(1)))
                .as("within the margin of two fixes")
                .isFalse();
        assertThat(rules.impossibleTravel(1.01, Duration.ZERO))
                .as("no time at all")
                .isTrue();
        assertThat(IntegrityRules.DEFAULT.impossibleTravel(149, Duration.ofHours(1)))
                .isFalse();
        assertThat(IntegrityRules.DEFAULT.impossibleTravel(151, Duration.ofHours(1)))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 150", "1441, 150", "5, 0", "5, 2001"})
    void refusesThresholdsOutsideTheirRange(int skew, int speed) {
        assertThatThrownBy(() -> new IntegrityRules(skew, speed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_INTEGRITY_RULES));
    }
}
