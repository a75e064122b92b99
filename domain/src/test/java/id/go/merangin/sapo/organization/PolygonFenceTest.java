package id.go.merangin.sapo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonFenceTest {

    private static final double NORTH = -2.0850;
    private static final double SOUTH = -2.0860;
    private static final double WEST = 102.2690;
    private static final double EAST = 102.2710;

    /** A compound around the regency offices in Bangko, about 220 m by 110 m. */
    private static final PolygonFence COMPOUND = new PolygonFence(List.of(
            new Coordinates(NORTH, WEST),
            new Coordinates(NORTH, EAST),
            new Coordinates(SOUTH, EAST),
            new Coordinates(SOUTH, WEST)));

    private static final Coordinates NORTH_EDGE_MIDDLE = new Coordinates(NORTH, 102.2700);
    private static final Coordinates EAST_EDGE_MIDDLE = new Coordinates(-2.0855, EAST);

    @Test
    void isInsideOneMetreInsideTheNorthEdge() {
        assertThat(COMPOUND.distanceToAreaM(NORTH_EDGE_MIDDLE.destination(180, 1)))
                .isZero();
    }

    @Test
    void isOneMetreOutsideOneMetreBeyondTheNorthEdge() {
        assertThat(COMPOUND.distanceToAreaM(NORTH_EDGE_MIDDLE.destination(0, 1)))
                .isCloseTo(1, withinPercentage(1));
    }

    @Test
    void isInsideOneMetreInsideTheEastEdge() {
        assertThat(COMPOUND.distanceToAreaM(EAST_EDGE_MIDDLE.destination(270, 1)))
                .isZero();
    }

    @Test
    void isOneMetreOutsideOneMetreBeyondTheEastEdge() {
        assertThat(COMPOUND.distanceToAreaM(EAST_EDGE_MIDDLE.destination(90, 1)))
                .isCloseTo(1, withinPercentage(1));
    }

    @Test
    void isInsideOnItsBorderAndOnAVertex() {
        assertThat(COMPOUND.distanceToAreaM(NORTH_EDGE_MIDDLE)).isZero();
        assertThat(COMPOUND.distanceToAreaM(new Coordinates(SOUTH, WEST))).isZero();
    }

    @Test
    void measuresTheDistanceToTheNearestEdgeFarAway() {
        Coordinates fiveKilometresNorth = NORTH_EDGE_MIDDLE.destination(0, 5000);

        assertThat(COMPOUND.distanceToAreaM(fiveKilometresNorth)).isCloseTo(5000, withinPercentage(1));
    }

    @Test
    void measuresTheDistanceToTheNearestCornerDiagonally() {
        Coordinates corner = new Coordinates(NORTH, EAST);
        Coordinates northEast = corner.destination(45, 300);

        assertThat(COMPOUND.distanceToAreaM(northEast)).isCloseTo(300, withinPercentage(1));
    }

    @Test
    void reportsTheDistanceToTheAreaZeroInside() {
        Coordinates outside = NORTH_EDGE_MIDDLE.destination(0, 50);

        assertThat(COMPOUND.reportedDistanceM(outside)).isEqualTo(COMPOUND.distanceToAreaM(outside));
        assertThat(COMPOUND.reportedDistanceM(COMPOUND.centre())).isZero();
    }

    @Test
    void isOutsideInTheNotchOfAConcaveFence() {
        // An L: the square's north-east quarter is cut away.
        PolygonFence l = new PolygonFence(List.of(
                new Coordinates(NORTH, WEST),
                new Coordinates(NORTH, 102.2700),
                new Coordinates(-2.0855, 102.2700),
                new Coordinates(-2.0855, EAST),
                new Coordinates(SOUTH, EAST),
                new Coordinates(SOUTH, WEST)));
        Coordinates inTheNotch = new Coordinates(-2.0852, 102.2706);

        assertThat(l.distanceToAreaM(inTheNotch)).isGreaterThan(20);
        assertThat(l.distanceToAreaM(new Coordinates(-2.0858, 102.2706))).isZero();
    }

    @Test
    void hasNoRadiusAndItsVertexAverageAsCentre() {
        assertThat(COMPOUND.circleRadiusM()).isEmpty();
        assertThat(COMPOUND.centre().latitude()).isCloseTo(-2.0855, within(1e-12));
        assertThat(COMPOUND.centre().longitude()).isCloseTo(102.2700, within(1e-12));
    }

    @Test
    void dropsAClosingVertexThatRepeatsTheFirst() {
        List<Coordinates> closed = new ArrayList<>(COMPOUND.vertices());
        closed.add(closed.get(0));

        assertThat(new PolygonFence(closed)).isEqualTo(COMPOUND);
        assertThat(new PolygonFence(closed).vertices()).hasSize(4);
    }

    @Test
    void keepsItsOwnCopyOfTheVertices() {
        List<Coordinates> vertices = new ArrayList<>(COMPOUND.vertices());
        PolygonFence fence = Fence.polygon(vertices);
        vertices.clear();

        assertThat(fence.vertices()).hasSize(4);
        assertThatThrownBy(() -> fence.vertices().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesFewerThanThreeDistinctVertices() {
        Coordinates a = new Coordinates(NORTH, WEST);
        Coordinates b = new Coordinates(NORTH, EAST);

        assertInvalidFence(List.of(a, b));
        assertInvalidFence(List.of(a, b, a));
        assertInvalidFence(List.of(a, b, b, a));
    }

    @Test
    void refusesEdgesThatCrossEachOther() {
        assertInvalidFence(List.of(
                new Coordinates(NORTH, WEST),
                new Coordinates(SOUTH, EAST),
                new Coordinates(NORTH, EAST),
                new Coordinates(SOUTH, WEST)));
    }

    @Test
    void refusesThreeVerticesOnOneLine() {
        assertInvalidFence(
                List.of(new Coordinates(NORTH, WEST), new Coordinates(NORTH, 102.2700), new Coordinates(NORTH, EAST)));
    }

    private static void assertInvalidFence(List<Coordinates> vertices) {
        assertThatThrownBy(() -> new PolygonFence(vertices))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FENCE));
    }
}
