package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.go.merangin.sapo.organization.CircleFence;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.PolygonFence;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeofenceDecisionTest {

    private static final Coordinates KANTOR_BUPATI = new Coordinates(-2.0858, 102.2742);
    private static final CandidateFence BUPATI =
            new CandidateFence(1, "Kantor Bupati Merangin", new CircleFence(KANTOR_BUPATI, 100));
    private static final List<CandidateFence> ONLY_BUPATI = List.of(BUPATI);

    @Test
    void acceptsTwentyMetresFromTheCentre() {
        GeofenceDecision decision = decide(KANTOR_BUPATI.destination(0, 20), 5, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.INSIDE);
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.fence()).contains(BUPATI);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(20, within(1e-6));
        assertThat(decision.radiusM()).hasValue(100);
        assertThat(decision.accuracyM()).isEqualTo(5);
        assertThat(decision.wideningM()).isEqualTo(5);
    }

    @Test
    void acceptsOnTheBorderWithPerfectAccuracy() {
        Coordinates p = KANTOR_BUPATI.destination(90, 100);
        CandidateFence throughP = new CandidateFence(
                1, "Kantor Bupati Merangin", new CircleFence(KANTOR_BUPATI, KANTOR_BUPATI.distanceTo(p)));

        assertThat(decide(p, 0, List.of(throughP)).accepted()).isTrue();
    }

    @Test
    void refusesFiftyMetresOutsideTheFence() {
        GeofenceDecision decision = decide(KANTOR_BUPATI.destination(90, 150), 5, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.OUTSIDE);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.fence()).contains(BUPATI);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(150, within(1e-6));
        assertThat(decision.radiusM()).hasValue(100);
        assertThat(decision.accuracyM()).isEqualTo(5);
    }

    @Test
    void acceptsOneHundredAndFiveMetresFromTheCentreWithTenMetresAccuracy() {
        assertThat(decide(KANTOR_BUPATI.destination(45, 105), 10, ONLY_BUPATI).outcome())
                .isEqualTo(GeofenceOutcome.INSIDE);
    }

    @Test
    void refusesOneHundredAndElevenMetresFromTheCentreWithTenMetresAccuracy() {
        assertThat(decide(KANTOR_BUPATI.destination(45, 111), 10, ONLY_BUPATI).outcome())
                .isEqualTo(GeofenceOutcome.OUTSIDE);
    }

    @Test
    void widensByTheCapWhenTheAccuracyIsWorse() {
        GeofenceDecision decision = decide(KANTOR_BUPATI.destination(200, 129), 50, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.INSIDE);
        assertThat(decision.accuracyM()).isEqualTo(50);
        assertThat(decision.wideningM()).isEqualTo(30);
    }

    @Test
    void refusesOneHundredAndThirtyOneMetresFromTheCentreWhenTheCapIsThirty() {
        GeofenceDecision decision = decide(KANTOR_BUPATI.destination(200, 131), 50, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.OUTSIDE);
        assertThat(decision.wideningM()).isEqualTo(30);
    }

    @Test
    void acceptsAnAccuracyExactlyAtTheLimit() {
        GeofenceDecision decision = decide(KANTOR_BUPATI, 100, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.INSIDE);
        assertThat(decision.wideningM()).isEqualTo(30);
    }

    @Test
    void refusesAnAccuracyJustWorseThanTheLimitEvenAtTheCentre() {
        GeofenceDecision decision = decide(KANTOR_BUPATI, 100.1, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.LOW_ACCURACY);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.accuracyM()).isEqualTo(100.1);
    }

    @Test
    void stillReportsTheNearestFenceWhenTheAccuracyIsTooLow() {
        GeofenceDecision decision = decide(KANTOR_BUPATI.destination(0, 400), 250, ONLY_BUPATI);

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.LOW_ACCURACY);
        assertThat(decision.fence()).contains(BUPATI);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(400, within(1e-6));
        assertThat(decision.radiusM()).hasValue(100);
    }

    @Test
    void followsACustomPolicy() {
        GeofencePolicy strict = new GeofencePolicy(0, 20);
        Coordinates justOutside = KANTOR_BUPATI.destination(0, 101);

        assertThat(GeofenceDecision.decide(justOutside, 10, ONLY_BUPATI, strict).outcome())
                .isEqualTo(GeofenceOutcome.OUTSIDE);
        assertThat(GeofenceDecision.decide(KANTOR_BUPATI, 21, ONLY_BUPATI, strict)
                        .outcome())
                .isEqualTo(GeofenceOutcome.LOW_ACCURACY);
    }

    @Test
    void refusesWithTheNearestOfSeveralFences() {
        CandidateFence dinasPendidikan =
                new CandidateFence(2, "Dinas Pendidikan", new CircleFence(KANTOR_BUPATI.destination(90, 2000), 50));
        CandidateFence puskesmas =
                new CandidateFence(3, "Puskesmas Bangko", new CircleFence(KANTOR_BUPATI.destination(0, 3000), 100));
        Coordinates p = KANTOR_BUPATI.destination(90, 1500);

        GeofenceDecision decision = decide(p, 10, List.of(BUPATI, dinasPendidikan, puskesmas));

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.OUTSIDE);
        assertThat(decision.fence()).contains(dinasPendidikan);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(500, within(0.01));
        assertThat(decision.radiusM()).hasValue(50);
    }

    @Test
    void nearestMeansNearestToTheAreaNotToTheCentre() {
        // The big fence's centre is farther away, but its area is nearer.
        CandidateFence small = new CandidateFence(2, "Pos", new CircleFence(KANTOR_BUPATI.destination(0, 1000), 10));
        CandidateFence big =
                new CandidateFence(3, "Lapangan", new CircleFence(KANTOR_BUPATI.destination(180, 1500), 1000));

        GeofenceDecision decision = decide(KANTOR_BUPATI, 0, List.of(small, big));

        assertThat(decision.fence()).contains(big);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(1500, within(1e-6));
    }

    @Test
    void acceptsInTheFenceWhoseAreaIsNearestWhenSeveralMatch() {
        // 105 m from both centres: inside the 200 m circle, 5 m outside the 100 m one (within the widening).
        Coordinates p = KANTOR_BUPATI.destination(0, 105);
        CandidateFence lapangan = new CandidateFence(2, "Lapangan", new CircleFence(p.destination(0, 105), 200));

        GeofenceDecision decision = decide(p, 10, List.of(BUPATI, lapangan));

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.INSIDE);
        assertThat(decision.fence()).contains(lapangan);
    }

    @Test
    void prefersTheNearestCentreWhenInsideSeveralFences() {
        Coordinates p = KANTOR_BUPATI.destination(0, 10);
        CandidateFence aula = new CandidateFence(2, "Aula", new CircleFence(p.destination(0, 5), 100));

        GeofenceDecision decision = decide(p, 10, List.of(BUPATI, aula));

        assertThat(decision.fence()).contains(aula);
        assertThat(decision.distanceM().getAsDouble()).isCloseTo(5, within(1e-6));
    }

    @Test
    void acceptsInsideAPolygonAndReportsNoRadius() {
        PolygonFence square = new PolygonFence(List.of(
                new Coordinates(-2.0850, 102.2690),
                new Coordinates(-2.0850, 102.2710),
                new Coordinates(-2.0860, 102.2710),
                new Coordinates(-2.0860, 102.2690)));
        CandidateFence pasar = new CandidateFence(4, "Pasar Bangko", square);

        GeofenceDecision inside = decide(new Coordinates(-2.0855, 102.2700), 10, List.of(pasar));
        GeofenceDecision outside = decide(new Coordinates(-2.0850, 102.2700).destination(0, 50), 10, List.of(pasar));

        assertThat(inside.outcome()).isEqualTo(GeofenceOutcome.INSIDE);
        assertThat(inside.distanceM()).hasValue(0);
        assertThat(inside.radiusM()).isEmpty();
        assertThat(outside.outcome()).isEqualTo(GeofenceOutcome.OUTSIDE);
        assertThat(outside.distanceM().getAsDouble()).isCloseTo(50, within(0.5));
    }

    @Test
    void answersNoLocationWithoutFences() {
        GeofenceDecision decision = decide(KANTOR_BUPATI, 10, List.of());

        assertThat(decision.outcome()).isEqualTo(GeofenceOutcome.NO_LOCATION);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.fence()).isEmpty();
        assertThat(decision.distanceM()).isEmpty();
        assertThat(decision.radiusM()).isEmpty();
        assertThat(decision.accuracyM()).isEqualTo(10);
    }

    @Test
    void answersNoLocationWithoutFencesEvenWithLowAccuracy() {
        assertThat(decide(KANTOR_BUPATI, 500, List.of()).outcome()).isEqualTo(GeofenceOutcome.NO_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesAnImpossibleAccuracy(double accuracyM) {
        assertThatThrownBy(() -> decide(KANTOR_BUPATI, accuracyM, ONLY_BUPATI))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_ACCURACY));
    }

    @Test
    void decidesAlikeForTheSameInput() {
        Coordinates p = KANTOR_BUPATI.destination(0, 20);

        assertThat(decide(p, 5, ONLY_BUPATI)).isEqualTo(decide(p, 5, ONLY_BUPATI));
    }

    private static GeofenceDecision decide(Coordinates position, double accuracyM, List<CandidateFence> fences) {
        return GeofenceDecision.decide(position, accuracyM, fences, GeofencePolicy.DEFAULT);
    }
}
