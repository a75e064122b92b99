package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.Device;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.files.PhotoStore;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.shared.JpegPhoto;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Writes attendance events, accepted with their selfie or refused with their reason, inside the check-in's
 * transaction, which commits before the phone gets its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AttendanceLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceEventRepository events;

    @Inject
    PhotoStore photos;

    /** What the phone reported and what was measured, common to accepted and refused attempts. */
    public record Report(long employeeId, long deviceId, AttendanceEventType type, Instant serverTime,
            LocalDate workDate, Coordinates position, double accuracyM, boolean mocked, Instant clientTime,
            Long locationId, Double distanceM, String idempotencyKey, ClientApp client) {
    }

    /**
     * Keeps an accepted event. A CHECK_IN keeps how late it was and a CHECK_OUT how early, by {@code schedule} at
     * {@code localTime}, so that the board and the review count tiers without working schedules out again.
     */
    public AttendanceEvent accept(Report report, JpegPhoto photo, DaySchedule schedule, LocalTime localTime,
            boolean timeSkew, boolean impossibleTravel, boolean photoReused) {
        Employee employee = em.getReference(Employee.class, report.employeeId());
        AttendanceEvent event = describe(AttendanceEvent.accepted(employee, report.type(), report.serverTime(),
                report.workDate()), report).flagged(timeSkew, impossibleTravel, photoReused);
        timed(event, schedule, localTime);
        if (photo != null) {
            event.withPhoto(photos.keep(employee, FilePurpose.ATTENDANCE_PHOTO, photo));
        }
        events.store(event);
        flush();
        return event;
    }

    /**
     * Keeps an attendance an admin records on an ASN's behalf (after a problem report about a refused attempt): the
     * attempt's type, time and position, marked manual, with the admin's reason.
     */
    public AttendanceEvent acceptManually(AttendanceEvent refused, DaySchedule schedule, LocalTime localTime,
            String reason) {
        AttendanceEvent event = AttendanceEvent.accepted(refused.employee(), refused.type(), refused.serverTime(),
                        refused.workDate())
                .reportedAt(refused.position().orElse(null), refused.accuracyM().orElse(null), null, false)
                .measuredAgainst(refused.location().orElse(null), refused.distanceM().orElse(null))
                .markedManual(reason);
        refused.device().ifPresent(event::from);
        timed(event, schedule, localTime);
        events.store(event);
        em.flush();
        return event;
    }

    private static void timed(AttendanceEvent event, DaySchedule schedule, LocalTime localTime) {
        if (event.type() == AttendanceEventType.CHECK_IN) {
            event.lateBy(Lateness.lateMinutes(schedule, localTime));
        } else if (event.type() == AttendanceEventType.CHECK_OUT) {
            event.earlyBy(Lateness.earlyLeaveMinutes(schedule, localTime));
        }
    }

    public AttendanceEvent refuse(Report report, String reasonCode, String reasonDetail) {
        Employee employee = em.getReference(Employee.class, report.employeeId());
        AttendanceEvent event = describe(AttendanceEvent.refused(employee, report.type(), reasonCode, reasonDetail,
                report.serverTime(), report.workDate()), report);
        events.store(event);
        flush();
        return event;
    }

    /** Writes now, so that a second row of the same attempt is refused here as {@link SimultaneousAttempt}. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw SimultaneousAttempt.of(e).orElseThrow(() -> e);
        }
    }

    private AttendanceEvent describe(AttendanceEvent event, Report report) {
        return event.reportedAt(OfficeLocation.toPoint(report.position()), report.accuracyM(), report.clientTime(),
                        report.mocked())
                .measuredAgainst(report.locationId() == null ? null
                        : em.find(OfficeLocation.class, report.locationId()), report.distanceM())
                .from(em.getReference(Device.class, report.deviceId()))
                .answeringKey(report.idempotencyKey())
                .sentBy(report.client());
    }
}
