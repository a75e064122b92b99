package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The geofence rule of SAPO, and its answer. A reported position is accepted when, widened by its accuracy up to
 * the policy's cap, it lies inside one of the ASN's candidate fences, and only if the accuracy is no worse than the
 * policy's limit. The answer names the fence that matched, or, when refused, the nearest one, with the distance, the
 * radius and the accuracy, so the ASN is told why ("you are 180 m from Kantor Bupati, radius 100 m, GPS ±12 m").
 *
 * <p>Order of the checks: a negative or non-finite accuracy is invalid input; an empty list of fences is
 * {@link GeofenceOutcome#NO_LOCATION} (an administrative gap that no better fix can cure, so it is reported before
 * the accuracy); then an accuracy above the limit is {@link GeofenceOutcome#LOW_ACCURACY}; then the fences are tried.
 * When several fences match, the one whose area is nearest wins (ties go to the smallest reported distance, then to
 * the earlier in the list); the nearest fence of a refusal is chosen the same way.
 */
public final class GeofenceDecision {

    /** The stable code of a refusal of an impossible accuracy. */
    private final GeofenceOutcome outcome;

    private final CandidateFence fence;
    private final double distanceM;
    private final double accuracyM;
    private final double wideningM;

    private GeofenceDecision(
            GeofenceOutcome outcome, CandidateFence fence, double distanceM, double accuracyM, double wideningM) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.fence = fence;
        this.distanceM = distanceM;
        this.accuracyM = accuracyM;
        this.wideningM = wideningM;
    }

    /** Applies the geofence rule to a position reported with {@code accuracyM} metres of accuracy. */
    public static GeofenceDecision decide(
            Coordinates position, double accuracyM, List<CandidateFence> fences, GeofencePolicy policy) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(fences, "fences");
        Objects.requireNonNull(policy, "policy");
        if (!Double.isFinite(accuracyM) || accuracyM < 0) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_ACCURACY,
                    "accuracy must be a finite, non-negative number of metres, not " + accuracyM,
                    Map.of("accuracyM", accuracyM));
        }
        double wideningM = policy.wideningFor(accuracyM);
        if (fences.isEmpty()) {
            return new GeofenceDecision(GeofenceOutcome.NO_LOCATION, null, Double.NaN, accuracyM, wideningM);
        }
        Measured nearest = fences.stream()
                .map(candidate -> Measured.of(candidate, position))
                .min(Measured.NEAREST_FIRST)
                .orElseThrow();
        GeofenceOutcome outcome;
        if (accuracyM > policy.accuracyLimitM()) {
            outcome = GeofenceOutcome.LOW_ACCURACY;
        } else if (nearest.distanceToAreaM() <= wideningM) {
            outcome = GeofenceOutcome.INSIDE;
        } else {
            outcome = GeofenceOutcome.OUTSIDE;
        }
        return new GeofenceDecision(outcome, nearest.candidate(), nearest.reportedDistanceM(), accuracyM, wideningM);
    }

    public GeofenceOutcome outcome() {
        return outcome;
    }

    /** Whether the position may be used to record the event: {@link GeofenceOutcome#INSIDE} only. */
    public boolean accepted() {
        return outcome == GeofenceOutcome.INSIDE;
    }

    /** The matched fence, or the nearest one when refused; empty for {@link GeofenceOutcome#NO_LOCATION}. */
    public Optional<CandidateFence> fence() {
        return Optional.ofNullable(fence);
    }

    /** The distance the ASN is told, to {@link #fence()} (see {@code Fence.reportedDistanceM}); empty without one. */
    public OptionalDouble distanceM() {
        return fence == null ? OptionalDouble.empty() : OptionalDouble.of(distanceM);
    }

    /** The radius of {@link #fence()} when it is a circle. */
    public OptionalDouble radiusM() {
        return fence == null ? OptionalDouble.empty() : fence.fence().circleRadiusM();
    }

    /** The accuracy as the phone reported it. */
    public double accuracyM() {
        return accuracyM;
    }

    /** The accuracy actually used to widen the position: the reported one, capped by the policy. */
    public double wideningM() {
        return wideningM;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeofenceDecision other
                && outcome == other.outcome
                && Objects.equals(fence, other.fence)
                && Double.compare(distanceM, other.distanceM) == 0
                && Double.compare(accuracyM, other.accuracyM) == 0
                && Double.compare(wideningM, other.wideningM) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, fence, distanceM, accuracyM, wideningM);
    }

    @Override
    public String toString() {
        return "GeofenceDecision[" + outcome + (fence == null ? "" : " " + fence.name() + " at " + distanceM + " m")
                + ", accuracy " + accuracyM + " m, widening " + wideningM + " m]";
    }

    /** A candidate with its two distances to the position, measured once. */
    private record Measured(CandidateFence candidate, double distanceToAreaM, double reportedDistanceM) {

        static final Comparator<Measured> NEAREST_FIRST =
                Comparator.comparingDouble(Measured::distanceToAreaM).thenComparingDouble(Measured::reportedDistanceM);

        static Measured of(CandidateFence candidate, Coordinates position) {
            return new Measured(
                    candidate,
                    candidate.fence().distanceToAreaM(position),
                    candidate.fence().reportedDistanceM(position));
        }
    }
}
