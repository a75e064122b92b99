package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.AccountRepository;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.files.PhotoStore;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.leave.PartDayPermitApproved;
import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.schedule.AttendanceWindows;
import id.go.merangin.sapo.schedule.DayPlans;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.shared.JpegPhoto;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Writes attendance events, accepted with their selfie or refused with their reason, inside the check-in's
 * transaction, which commits before the phone gets its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AttendanceLedger {

    @Inject
    AttendanceEventRepository events;

    @Inject
    EmployeeRepository employees;

    @Inject
    AccountRepository accounts;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    PhotoStore photos;

    @Inject
    DayPlans plans;

    @Inject
    LeaveRequestRepository leaves;

    /** What the phone reported and what was measured, common to accepted and refused attempts. */
    public record Report(
            long employeeId,
            long deviceId,
            AttendanceEventType type,
            Instant serverTime,
            LocalDate workDate,
            Coordinates position,
            double accuracyM,
            boolean mocked,
            Instant clientTime,
            Long locationId,
            Double distanceM,
            String idempotencyKey,
            ClientApp client) {}

    /**
     * Keeps an accepted event. A CHECK_IN keeps how late it was and a CHECK_OUT how early, by {@code schedule} at
     * {@code localTime} less what the day's approved {@code permits} excuse, so that the board and the review count
     * tiers without working schedules out again.
     */
    public AttendanceEvent accept(
            Report report,
            JpegPhoto photo,
            DaySchedule schedule,
            PartDayPermits permits,
            LocalTime localTime,
            boolean timeSkew,
            boolean impossibleTravel,
            boolean photoReused) {
        Employee employee = employees.reference(report.employeeId());
        AttendanceEvent event = describe(
                        AttendanceEvent.accepted(employee, report.type(), report.serverTime(), report.workDate()),
                        report)
                .flagged(timeSkew, impossibleTravel, photoReused);
        timed(event, schedule, permits, localTime);
        if (photo != null) {
            event.withPhoto(photos.keep(employee, FilePurpose.ATTENDANCE_PHOTO, photo));
        }
        storeNow(event);
        return event;
    }

    /**
     * Keeps an attendance an admin records on an ASN's behalf (after a problem report about a refused attempt): the
     * attempt's type, time and position, marked manual, with the admin's reason.
     */
    public AttendanceEvent acceptManually(
            AttendanceEvent refused, DaySchedule schedule, PartDayPermits permits, LocalTime localTime, String reason) {
        AttendanceEvent event = AttendanceEvent.accepted(
                        refused.employee(), refused.type(), refused.serverTime(), refused.workDate())
                .reportedAt(refused.position().orElse(null), refused.accuracyM().orElse(null), null, false)
                .measuredAgainst(
                        refused.location().orElse(null), refused.distanceM().orElse(null))
                .markedManual(reason);
        refused.device().ifPresent(event::from);
        timed(event, schedule, permits, localTime);
        events.storeNow(event);
        return event;
    }

    /**
     * Measures the accepted CHECK_IN and CHECK_OUT of the ASN's day again once a part-day permit for it is approved
     * (in the approving transaction): the minutes it excuses no longer count on the board or in the review.
     */
    public void retime(@Observes PartDayPermitApproved approved) {
        Employee employee = employees.find(approved.employeeId()).orElseThrow();
        Optional<AttendanceWindows> windows =
                plans.of(employee.id(), employee.opd(), approved.date()).windows();
        if (windows.isEmpty()) {
            return;
        }
        PartDayPermits permits =
                PartDayPermits.of(leaves.approvedBetween(employee.id(), approved.date(), approved.date()));
        ZoneId zone = employee.opd().zone();
        events.between(employee.id(), approved.date(), approved.date()).stream()
                .filter(AttendanceEvent::isAccepted)
                .forEach(event -> timed(
                        event,
                        windows.get().schedule(),
                        permits,
                        event.serverTime().atZone(zone).toLocalTime()));
    }

    private static void timed(
            AttendanceEvent event, DaySchedule schedule, PartDayPermits permits, LocalTime localTime) {
        if (event.type() == AttendanceEventType.CHECK_IN) {
            event.lateBy(Lateness.lateMinutes(schedule, localTime, permits.arrivalExcusedUntil()));
        } else if (event.type() == AttendanceEventType.CHECK_OUT) {
            event.earlyBy(Lateness.earlyLeaveMinutes(schedule, localTime, permits.leaveExcusedFrom()));
        }
    }

    public AttendanceEvent refuse(Report report, String reasonCode, String reasonDetail) {
        Employee employee = employees.reference(report.employeeId());
        AttendanceEvent event = describe(
                AttendanceEvent.refused(
                        employee, report.type(), reasonCode, reasonDetail, report.serverTime(), report.workDate()),
                report);
        storeNow(event);
        return event;
    }

    /** Writes now, so that a second row of the same attempt is refused here as {@link SimultaneousAttempt}. */
    private void storeNow(AttendanceEvent event) {
        try {
            events.storeNow(event);
        } catch (PersistenceException e) {
            throw SimultaneousAttempt.of(e).orElseThrow(() -> e);
        }
    }

    private AttendanceEvent describe(AttendanceEvent event, Report report) {
        return event.reportedAt(
                        OfficeLocation.toPoint(report.position()),
                        report.accuracyM(),
                        report.clientTime(),
                        report.mocked())
                .measuredAgainst(
                        report.locationId() == null
                                ? null
                                : locations.find(report.locationId()).orElse(null),
                        report.distanceM())
                .from(accounts.deviceReference(report.deviceId()))
                .answeringKey(report.idempotencyKey())
                .sentBy(report.client());
    }
}
