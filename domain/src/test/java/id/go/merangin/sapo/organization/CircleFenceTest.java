package id.go.merangin.sapo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CircleFenceTest {

    /** Kantor Bupati Merangin, Bangko. */
    private static final Coordinates KANTOR_BUPATI = new Coordinates(-2.0858, 102.2742);

    private static final CircleFence FENCE = new CircleFence(KANTOR_BUPATI, 100);

    @Test
    void isInsideTwentyMetresFromTheCentre() {
        Coordinates p = KANTOR_BUPATI.destination(30, 20);

        assertThat(FENCE.distanceToAreaM(p)).isZero();
        assertThat(FENCE.reportedDistanceM(p)).isCloseTo(20, within(1e-6));
    }

    @Test
    void isInsideNinetyNineMetresFromTheCentre() {
        Coordinates p = KANTOR_BUPATI.destination(120, 99);

        assertThat(FENCE.distanceToAreaM(p)).isZero();
        assertThat(FENCE.reportedDistanceM(p)).isCloseTo(99, within(1e-6));
    }

    @Test
    void isOneMetreOutsideAtOneHundredAndOneMetresFromTheCentre() {
        Coordinates p = KANTOR_BUPATI.destination(210, 101);

        assertThat(FENCE.distanceToAreaM(p)).isCloseTo(1, within(1e-6));
        assertThat(FENCE.reportedDistanceM(p)).isCloseTo(101, within(1e-6));
    }

    @Test
    void isFourKilometresNineHundredOutsideAtFiveKilometresFromTheCentre() {
        Coordinates p = KANTOR_BUPATI.destination(300, 5000);

        assertThat(FENCE.distanceToAreaM(p)).isCloseTo(4900, within(1e-6));
        assertThat(FENCE.reportedDistanceM(p)).isCloseTo(5000, within(1e-6));
    }

    @Test
    void isInsideOnItsCentre() {
        assertThat(FENCE.distanceToAreaM(KANTOR_BUPATI)).isZero();
        assertThat(FENCE.reportedDistanceM(KANTOR_BUPATI)).isZero();
    }

    @Test
    void tellsItsRadiusAndCentre() {
        assertThat(FENCE.circleRadiusM()).hasValue(100);
        assertThat(FENCE.centre()).isEqualTo(KANTOR_BUPATI);
        assertThat(Fence.circle(KANTOR_BUPATI, 100)).isEqualTo(FENCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesARadiusThatIsNotAPositiveNumber(double radiusM) {
        assertThatThrownBy(() -> new CircleFence(KANTOR_BUPATI, radiusM))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FENCE));
    }

    @Test
    void refusesAMissingCentre() {
        assertThatThrownBy(() -> new CircleFence(null, 100)).isInstanceOf(NullPointerException.class);
    }
}
