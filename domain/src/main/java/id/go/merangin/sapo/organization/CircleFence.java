package id.go.merangin.sapo.organization;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** A fence of everything within {@code radiusM} metres (great-circle) of {@code centre}, border included. */
public record CircleFence(Coordinates centre, double radiusM) implements Fence {

    public CircleFence {
        Objects.requireNonNull(centre, "centre");
        if (!Double.isFinite(radiusM) || radiusM <= 0) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_FENCE,
                    "radius must be a positive number of metres, not " + radiusM,
                    Map.of("radiusM", radiusM));
        }
    }

    @Override
    public double distanceToAreaM(Coordinates p) {
        return Math.max(0, centre.distanceTo(p) - radiusM);
    }

    @Override
    public double reportedDistanceM(Coordinates p) {
        return centre.distanceTo(p);
    }

    @Override
    public OptionalDouble circleRadiusM() {
        return OptionalDouble.of(radiusM);
    }
}
