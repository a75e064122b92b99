package id.go.merangin.sapo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {

    private static final Coordinates BANGKO = new Coordinates(-2.0833, 102.2833);
    private static final Coordinates JAMBI = new Coordinates(-1.6101, 103.6131);

    @Test
    void measuresBangkoToJambiCityAsAbout157Kilometres() {
        assertThat(BANGKO.distanceTo(JAMBI)).isCloseTo(157_000, withinPercentage(1));
    }

    @Test
    void measuresTheSameDistanceBothWays() {
        assertThat(JAMBI.distanceTo(BANGKO)).isEqualTo(BANGKO.distanceTo(JAMBI));
    }

    @Test
    void measuresZeroToItself() {
        assertThat(BANGKO.distanceTo(BANGKO)).isZero();
    }

    @Test
    void measuresOneDegreeOfLatitudeOnTheMeanSphere() {
        Coordinates equator = new Coordinates(0, 102);
        double oneDegree = Coordinates.MEAN_EARTH_RADIUS_M * Math.PI / 180;

        assertThat(equator.distanceTo(new Coordinates(1, 102))).isCloseTo(oneDegree, within(1e-6));
    }

    @Test
    void measuresHalfTheCircumferenceBetweenAntipodes() {
        double half = Math.PI * Coordinates.MEAN_EARTH_RADIUS_M;

        assertThat(new Coordinates(0, 0).distanceTo(new Coordinates(0, 180))).isCloseTo(half, within(1e-6));
        assertThat(new Coordinates(90, 0).distanceTo(new Coordinates(-90, 0))).isCloseTo(half, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "45, 250", "90, 1000", "200, 5000", "315, 42"})
    void placesADestinationAtTheGivenDistance(double bearing, double distanceM) {
        assertThat(BANGKO.distanceTo(BANGKO.destination(bearing, distanceM))).isCloseTo(distanceM, within(1e-6));
    }

    @Test
    void placesADestinationNorthOnTheSameMeridian() {
        Coordinates north = BANGKO.destination(0, 1000);

        assertThat(north.longitude()).isCloseTo(BANGKO.longitude(), within(1e-12));
        assertThat(north.latitude()).isGreaterThan(BANGKO.latitude());
    }

    @Test
    void wrapsADestinationAcrossTheAntimeridian() {
        Coordinates east = new Coordinates(0, 179.9999).destination(90, 1000);

        assertThat(east.longitude()).isBetween(-180.0, -179.99);
    }

    @Test
    void refusesANegativeDestinationDistance() {
        assertThatThrownBy(() -> BANGKO.destination(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsThePolesAndTheAntimeridian() {
        assertThat(new Coordinates(90, 180).latitude()).isEqualTo(90);
        assertThat(new Coordinates(-90, -180).longitude()).isEqualTo(-180);
    }

    @ParameterizedTest
    @CsvSource({
        "90.0001, 0",
        "-90.0001, 0",
        "0, 180.0001",
        "0, -180.0001",
        "NaN, 0",
        "0, NaN",
        "Infinity, 0",
        "0, -Infinity"
    })
    void refusesImpossibleCoordinates(double latitude, double longitude) {
        assertThatThrownBy(() -> new Coordinates(latitude, longitude))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_COORDINATES));
    }
}
