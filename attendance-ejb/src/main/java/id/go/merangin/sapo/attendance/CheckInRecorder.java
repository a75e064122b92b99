package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.files.PhotoStore;
import id.go.merangin.sapo.leave.LeaveRequest;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.recap.RuleBook;
import id.go.merangin.sapo.schedule.Apel;
import id.go.merangin.sapo.schedule.Apels;
import id.go.merangin.sapo.schedule.AttendanceWindows;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.DayPlans;
import id.go.merangin.sapo.schedule.EventWindow;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.RefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at a check-in, break or check-out, judged by the rules with the server's clock as the truth and
 * written in one transaction ({@link CheckInService} is the way in).
 *
 * <p>In order: a retry with the same Idempotency-Key gets the first answer again; an event of the same type
 * accepted earlier that day is answered as it is (no second row); then the attempt is refused for a mocked
 * location, a holiday or day off, approved leave, a time outside the event's window, or a position outside every
 * fence or too vague. A refusal is written (for the admin's review) before it is answered; an accepted event is
 * written with its selfie and integrity flags. Both commit before the answer (a refusal does not roll back, see
 * {@code ejb-jar.xml}). Nothing is locked: when another request of the same ASN writes the same event or key
 * first, the database's unique indexes refuse this one's row and {@link SimultaneousAttempt} rolls it back. The
 * ASN's master record is not read either: the bearer token's check brought its OPD, which is cached.
 */
@Stateless
public class CheckInRecorder {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OpdRepository opds;

    @Inject
    AttendanceEventRepository events;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    LeaveRequestRepository leaves;

    @Inject
    DayPlans plans;

    @Inject
    PhotoStore photos;

    @Inject
    AttendanceLedger ledger;

    @Inject
    GeofencePolicy geofencePolicy;

    @Inject
    RuleBook rules;

    @Inject
    Apels apels;

    @Inject
    Clock clock;

    public CheckInOutcome record(AuthenticatedAsn asn, CheckInAttempt attempt, String key) {
        long employee = asn.employeeId();
        Opd opd = opds.find(asn.opdId()).orElseThrow();
        ZoneId zone = opd.zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate workDate = now.toLocalDate();
        String photoSha256 = attempt.photo() == null ? null : JpegPhoto.sha256(attempt.photo());
        RecentEvents recent = events.recent(
                employee, key, workDate.minusDays(1).atStartOfDay(zone).toInstant(), photoSha256);
        Optional<AttendanceEvent> answered = recent.answering(key);
        if (answered.isPresent()) {
            return replay(answered.get(), attempt.type(), employee, opd);
        }
        Optional<AttendanceEvent> earlier = recent.acceptedOn(workDate, attempt.type());
        if (earlier.isPresent()) {
            return new CheckInOutcome(view(earlier.get(), employee, opd), false);
        }
        JpegPhoto photo = checkedPhoto(attempt, photoSha256);
        DayPlan plan = plans.of(employee, opd, workDate);
        Refusal refusal = new Refusal(asn, attempt, key, now);

        if (attempt.mocked()) {
            throw refusal.of(ProblemCode.MOCK_LOCATION, "the phone reports a mocked location", Map.of());
        }
        // an apel is attended at its own place in its own window, on a holiday too (the 17 August upacara)
        Optional<Apel> apel = Optional.empty();
        if (attempt.type() == AttendanceEventType.APEL) {
            apel = Optional.of(apels.on(opd.selfAndParentIds(), workDate).stream()
                    .findFirst()
                    .orElseThrow(() -> refusal.of(ProblemCode.NO_APEL, "no apel for the ASN today", Map.of())));
        } else if (plan.holiday().isPresent()) {
            throw refusal.of(
                    ProblemCode.NOT_A_WORKDAY,
                    "the day is a holiday",
                    Map.of("holiday", plan.holiday().get().name()));
        } else if (plan.windows().isEmpty()) {
            throw refusal.of(ProblemCode.NOT_A_WORKDAY, "no working hours on this day", Map.of("holiday", ""));
        }
        List<LeaveRequest> excused = leaves.approvedOn(employee, workDate);
        Optional<LeaveRequest> leave =
                excused.stream().filter(request -> !request.type().partDay()).findFirst();
        PartDayPermits permits = PartDayPermits.of(excused);
        if (leave.isPresent()) {
            throw refusal.of(
                    ProblemCode.ON_LEAVE,
                    "approved leave covers the day",
                    Map.of(
                            "leaveType",
                            leave.get().type().name(),
                            "leaveRequestId",
                            leave.get().id()));
        }
        LocalTime time = now.toLocalTime();
        Optional<EventWindow> window = apel.isPresent()
                ? Optional.of(new EventWindow(apel.get().opens(), apel.get().closes()))
                : plan.windows().get().windowOf(attempt.type());
        if (window.isEmpty() || !window.get().contains(time)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("type", attempt.type().name());
            details.put("opens", window.map(w -> w.opens().format(HH_MM)).orElse(""));
            details.put("closes", window.map(w -> w.closes().format(HH_MM)).orElse(""));
            details.put("serverTime", time.format(HH_MM));
            throw refusal.of(ProblemCode.OUTSIDE_WINDOW, "outside the window of " + attempt.type(), details);
        }

        List<CandidateFence> fences = (apel.isPresent()
                        ? List.of(apel.get().location())
                        : locations.usableBy(opd, workDate))
                .stream()
                        .map(location -> new CandidateFence(location.id(), location.name(), location.toFence()))
                        .toList();
        GeofenceDecision decision =
                GeofenceDecision.decide(attempt.position(), attempt.accuracyM(), fences, geofencePolicy);
        refusal.measured(decision);
        switch (decision.outcome()) {
            case NO_LOCATION ->
                throw refusal.of(ProblemCode.NO_LOCATION, "the OPD has no office location today", Map.of());
            case LOW_ACCURACY ->
                throw refusal.of(
                        ProblemCode.LOW_ACCURACY,
                        "the GPS fix is too vague",
                        refusal.geofenceDetails(decision, Map.of("accuracyLimitM", geofencePolicy.accuracyLimitM())));
            case OUTSIDE ->
                throw refusal.of(
                        ProblemCode.OUTSIDE_GEOFENCE,
                        "outside every office location",
                        refusal.geofenceDetails(decision, Map.of()));
            case INSIDE -> {
                // accepted below
            }
        }

        IntegrityRules integrity = rules.inForceOn(workDate).integrity();
        boolean skew = integrity.clockSkewed(attempt.clientTime(), now.toInstant());
        boolean travel = impossibleTravel(integrity, recent, attempt.position(), now.toInstant());
        boolean reused = photo != null && recent.photoSeenBefore();
        AttendanceEvent event = ledger.accept(
                refusal.report(),
                photo,
                plan.windows().map(AttendanceWindows::schedule).orElse(null),
                permits,
                time,
                skew,
                travel,
                reused);
        return new CheckInOutcome(
                EventViews.of(
                        event,
                        plan.windows(),
                        permits,
                        zone,
                        rules.inForceOn(workDate).day()),
                true);
    }

    private static boolean impossibleTravel(
            IntegrityRules integrity, RecentEvents recent, Coordinates position, Instant now) {
        return recent.latestPositioned()
                .map(previous -> {
                    var point = previous.position().orElseThrow();
                    double km = new Coordinates(point.getY(), point.getX()).distanceTo(position) / 1000;
                    return integrity.impossibleTravel(km, Duration.between(previous.serverTime(), now));
                })
                .orElse(false);
    }

    private CheckInOutcome replay(AttendanceEvent event, AttendanceEventType type, long employee, Opd opd) {
        if (event.type() != type) {
            throw new ConflictException(
                    ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a " + event.type() + " already");
        }
        if (event.isAccepted()) {
            return new CheckInOutcome(view(event, employee, opd), true);
        }
        Map<String, Object> details = RefusalDetails.decode(event.reasonDetail().orElse(""));
        details.put("attemptId", event.id());
        throw new RefusedException(
                ProblemCode.valueOf(event.reasonCode().orElseThrow()), "refused (replayed)", details);
    }

    private AttendanceEventView view(AttendanceEvent event, long employee, Opd opd) {
        return EventViews.of(
                event,
                plans.of(employee, opd, event.workDate()).windows(),
                PartDayPermits.of(leaves.approvedOn(employee, event.workDate())),
                opd.zone(),
                rules.inForceOn(event.workDate()).day());
    }

    private JpegPhoto checkedPhoto(CheckInAttempt attempt, String sha256) {
        boolean required = attempt.type() == AttendanceEventType.CHECK_IN
                || attempt.type() == AttendanceEventType.CHECK_OUT
                || attempt.type() == AttendanceEventType.APEL;
        if (attempt.photo() == null) {
            if (required) {
                throw new InvalidInputException(
                        ProblemCode.INVALID_PHOTO,
                        "a selfie is required for " + attempt.type(),
                        Map.of("reason", "MISSING"));
            }
            return null;
        }
        return photos.check(attempt.photo(), sha256);
    }

    /** Writes a refused attempt and builds the exception that answers it. */
    private final class Refusal {

        private final AuthenticatedAsn asn;
        private final CheckInAttempt attempt;
        private final String key;
        private final ZonedDateTime now;
        private Long locationId;
        private Double distanceM;

        Refusal(AuthenticatedAsn asn, CheckInAttempt attempt, String key, ZonedDateTime now) {
            this.asn = asn;
            this.attempt = attempt;
            this.key = key;
            this.now = now;
        }

        void measured(GeofenceDecision decision) {
            locationId = decision.fence().map(CandidateFence::locationId).orElse(null);
            distanceM = decision.distanceM().isPresent()
                    ? round(decision.distanceM().getAsDouble())
                    : null;
        }

        AttendanceLedger.Report report() {
            return new AttendanceLedger.Report(
                    asn.employeeId(),
                    asn.deviceId(),
                    attempt.type(),
                    now.toInstant(),
                    now.toLocalDate(),
                    attempt.position(),
                    attempt.accuracyM(),
                    attempt.mocked(),
                    attempt.clientTime(),
                    locationId,
                    distanceM,
                    key,
                    attempt.client());
        }

        Map<String, Object> geofenceDetails(GeofenceDecision decision, Map<String, Object> more) {
            Map<String, Object> details = new LinkedHashMap<>();
            decision.fence().ifPresent(fence -> {
                details.put("locationId", fence.locationId());
                details.put("locationName", fence.name());
            });
            if (distanceM != null) {
                details.put("distanceM", distanceM);
            }
            if (decision.radiusM().isPresent()) {
                details.put("radiusM", round(decision.radiusM().getAsDouble()));
            }
            details.put("accuracyM", round(decision.wideningM()));
            details.putAll(more);
            return details;
        }

        RefusedException of(ProblemCode code, String message, Map<String, Object> details) {
            Map<String, Object> answer = new LinkedHashMap<>(details);
            AttendanceEvent refused = ledger.refuse(report(), code.name(), RefusalDetails.encode(answer));
            answer.put("attemptId", refused.id());
            return new RefusedException(code, message, answer);
        }
    }

    private static double round(double metres) {
        return Math.round(metres * 10) / 10.0;
    }
}
