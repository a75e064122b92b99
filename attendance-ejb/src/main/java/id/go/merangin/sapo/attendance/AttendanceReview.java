package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.organization.Regency;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.recap.DailyCode;
import id.go.merangin.sapo.recap.DailyCodeRepository;
import id.go.merangin.sapo.recap.DayRules;
import id.go.merangin.sapo.recap.RuleBook;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;

/**
 * The review of attendance by the admin OPD, the pimpinan and BKPSDMD: the accepted events and refused attempts of
 * the OPDs in reach, a page at a time, newest first, with their tiers, distances, locations, selfies and flags. The
 * selfie itself is served by {@code FileAccess}, which lets only the admin OPD and BKPSDMD open it.
 *
 * <p>An event's tier is its day's: the kept {@link DailyCode}'s lateness tier for a CHECK_IN (none when the late
 * minutes were made up) and its early-leave tier for a CHECK_OUT, so the review never shows TL1 for a day the recap
 * counts as H. A day not kept yet (today) shows the tier its minutes have under the version in force, as today's
 * live code does before the CHECK_OUT.
 */
@Stateless
public class AttendanceReview {

    /** A review spans at most a quarter: longer questions belong to the monthly recap. */
    static final long MAX_DAYS = 92;

    /** An export holds at most a large OPD's quarter; the whole regency over weeks asks for a narrower filter. */
    static final int MAX_EXPORT_ROWS = 20_000;

    @Inject
    AttendanceEventRepository events;

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    Regency regency;

    @Inject
    DailyCodeRepository codes;

    @Inject
    RuleBook ruleBook;

    @Inject
    Clock clock;

    public List<ReviewRow> page(int first, int size, ReviewFilter filter) {
        return rowsOf(events.reviewed(selection(filter), Paging.first(first), Paging.size(size)));
    }

    /**
     * The whole filtered list for an export, with the OPD and the period its title block names; refused when it
     * holds more than {@link #MAX_EXPORT_ROWS} rows (a narrower filter answers).
     */
    public ReviewReport report(ReviewFilter filter) {
        long count = count(filter);
        if (count > MAX_EXPORT_ROWS) {
            throw new InvalidInputException(ProblemCode.EXPORT_TOO_LARGE, count + " rows, at most " + MAX_EXPORT_ROWS);
        }
        Opd opd = filter.opdId() == null ? null : opds.find(filter.opdId()).orElseThrow();
        List<ReviewRow> rows = rowsOf(events.reviewed(selection(filter), 0, MAX_EXPORT_ROWS));
        return new ReviewReport(
                regency.name(),
                opd == null ? null : opd.code(),
                opd == null ? null : opd.name(),
                filter,
                LocalDateTime.ofInstant(clock.instant(), Opd.DEFAULT_ZONE),
                rows);
    }

    public long count(ReviewFilter filter) {
        return events.count(selection(filter));
    }

    /** The rows of the events (with their photo's id and purge time), each with its day's tier. */
    private List<ReviewRow> rowsOf(List<ReviewedEvent> found) {
        List<AttendanceEvent> shown = found.stream().map(ReviewedEvent::event).toList();
        Map<Long, Map<LocalDate, DailyCode>> kept = new HashMap<>();
        if (!shown.isEmpty()) {
            LocalDate from = shown.stream()
                    .map(AttendanceEvent::workDate)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate until = shown.stream()
                    .map(AttendanceEvent::workDate)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            Set<Long> employees =
                    shown.stream().map(event -> event.employee().id()).collect(Collectors.toSet());
            codes.load(employees, from, until)
                    .forEach((id, days) -> days.forEach(day ->
                            kept.computeIfAbsent(id, any -> new HashMap<>()).put(day.date(), day)));
        }
        Map<YearMonth, DayRules> rules = new HashMap<>();
        return found.stream()
                .map(reviewed -> {
                    AttendanceEvent event = reviewed.event();
                    DailyCode day =
                            kept.getOrDefault(event.employee().id(), Map.of()).get(event.workDate());
                    return row(
                            event,
                            reviewed.photoId(),
                            reviewed.photoPurged(),
                            tierOf(
                                    event,
                                    day,
                                    rules.computeIfAbsent(
                                            YearMonth.from(event.workDate()),
                                            month -> ruleBook.inForce(month).day())));
                })
                .toList();
    }

    /** The tier the event's day shows for it: the kept code's, or the one its minutes have under {@code rules}. */
    private static String tierOf(AttendanceEvent event, DailyCode day, DayRules rules) {
        if (!event.isAccepted()) {
            return null;
        }
        if (event.type() == AttendanceEventType.CHECK_IN) {
            return day != null
                    ? name(day.latenessTier())
                    : event.lateMinutes()
                            .flatMap(rules::latenessTierOf)
                            .map(Enum::name)
                            .orElse(null);
        }
        if (event.type() == AttendanceEventType.CHECK_OUT) {
            return day != null
                    ? name(day.earlyLeaveTier())
                    : event.earlyMinutes()
                            .flatMap(rules::earlyLeaveTierOf)
                            .map(Enum::name)
                            .orElse(null);
        }
        return null;
    }

    private static String name(Enum<?> tier) {
        return tier == null ? null : tier.name();
    }

    private static ReviewRow row(AttendanceEvent e, Long photoId, boolean photoPurged, String tier) {
        Integer late = e.lateMinutes().orElse(null);
        Integer early = e.earlyMinutes().orElse(null);
        Point position = e.position().orElse(null);
        return new ReviewRow(
                e.id(),
                e.employee().nip().value(),
                e.employee().name(),
                e.employee().opd().name(),
                e.type(),
                e.decision(),
                e.reasonCode().orElse(null),
                e.serverTime(),
                e.workDate(),
                late,
                early,
                tier,
                e.distanceM().orElse(null),
                e.accuracyM().orElse(null),
                e.location().map(location -> location.name()).orElse(null),
                position == null ? null : position.getY(),
                position == null ? null : position.getX(),
                photoPurged ? null : photoId,
                photoPurged,
                e.isMockedLocation(),
                e.hasTimeSkew(),
                e.hasImpossibleTravel(),
                e.hasReusedPhoto(),
                e.isManual(),
                e.clientApp().orElse(null));
    }

    /** The events the filter asks for, within the caller's reach; a period of 1 to {@link #MAX_DAYS} days. */
    private EventSelection selection(ReviewFilter filter) {
        if (filter.from() == null
                || filter.until() == null
                || filter.until().isBefore(filter.from())
                || ChronoUnit.DAYS.between(filter.from(), filter.until()) >= MAX_DAYS) {
            throw new InvalidInputException(ProblemCode.INVALID_PERIOD, "a review covers 1 to " + MAX_DAYS + " days");
        }
        return new EventSelection(
                opdsOf(filter),
                filter.from(),
                filter.until(),
                filter.decision(),
                filter.type(),
                filter.flaggedOnly(),
                filter.search());
    }

    /** The OPD asked for (refused unless in reach), or every OPD in reach. */
    private Set<Long> opdsOf(ReviewFilter filter) {
        Officer officer = scope.current();
        if (filter.opdId() == null) {
            return scope.visibleOpdIds(officer);
        }
        Opd opd = opds.find(filter.opdId())
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "no OPD " + filter.opdId()));
        officer.requireSee(opd);
        return Set.of(opd.id());
    }
}
