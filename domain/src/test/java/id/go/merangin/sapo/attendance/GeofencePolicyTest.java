package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeofencePolicyTest {

    @Test
    void widensByThirtyAndRefusesWorseThanOneHundredMetresByDefault() {
        assertThat(GeofencePolicy.DEFAULT).isEqualTo(new GeofencePolicy(30, 100));
    }

    @Test
    void acceptsZeroForBoth() {
        assertThat(new GeofencePolicy(0, 0).accuracyLimitM()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"-1, 100", "30, -1", "NaN, 100", "30, Infinity"})
    void refusesNegativeOrNonFiniteMetres(double capM, double limitM) {
        assertThatThrownBy(() -> new GeofencePolicy(capM, limitM))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_GEOFENCE_POLICY));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "10, 10", "29.9, 29.9", "30, 30", "30.1, 30", "95, 30"})
    void widensByTheAccuracyUpToTheCap(double accuracyM, double expectedWideningM) {
        assertThat(GeofencePolicy.DEFAULT.wideningFor(accuracyM)).isEqualTo(expectedWideningM);
    }
}
