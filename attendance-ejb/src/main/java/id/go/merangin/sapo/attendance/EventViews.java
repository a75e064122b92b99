package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.recap.DayRules;
import id.go.merangin.sapo.schedule.AttendanceWindows;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Turns stored events into {@link AttendanceEventView}s, reading lateness off the day's schedule and the tier off
 * the day rules of the version in force ({@link DayRules}, the same that work out the day's code), less the minutes
 * the day's approved part-day permits excuse.
 */
final class EventViews {

    private EventViews() {}

    static AttendanceEventView of(
            AttendanceEvent event,
            Optional<AttendanceWindows> windows,
            PartDayPermits permits,
            ZoneId zone,
            DayRules rules) {
        Integer late = null;
        Integer early = null;
        String tier = null;
        if (event.isAccepted() && windows.isPresent()) {
            LocalTime time = event.serverTime().atZone(zone).toLocalTime();
            if (event.type() == AttendanceEventType.CHECK_IN) {
                late = Lateness.lateMinutes(windows.get().schedule(), time, permits.arrivalExcusedUntil());
                tier = rules.latenessTierOf(late).map(Enum::name).orElse(null);
            } else if (event.type() == AttendanceEventType.CHECK_OUT) {
                early = Lateness.earlyLeaveMinutes(windows.get().schedule(), time, permits.leaveExcusedFrom());
                tier = rules.earlyLeaveTierOf(early).map(Enum::name).orElse(null);
            }
        }
        Optional<OfficeLocation> location = event.location();
        return new AttendanceEventView(
                event.id(),
                event.type(),
                event.decision(),
                event.reasonCode().orElse(null),
                event.serverTime(),
                event.workDate(),
                location.map(OfficeLocation::id).orElse(null),
                location.map(OfficeLocation::name).orElse(null),
                event.distanceM().orElse(null),
                event.accuracyM().orElse(null),
                late,
                early,
                tier,
                event.hasTimeSkew(),
                event.hasImpossibleTravel(),
                event.hasReusedPhoto(),
                event.isManual());
    }
}
