package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.Device;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.files.PhotoStore;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.shared.JpegPhoto;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;

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
            Long locationId, Double distanceM, String idempotencyKey) {
    }

    public AttendanceEvent accept(Report report, JpegPhoto photo, Integer lateMinutes, boolean timeSkew,
            boolean impossibleTravel, boolean photoReused) {
        Employee employee = em.getReference(Employee.class, report.employeeId());
        AttendanceEvent event = describe(AttendanceEvent.accepted(employee, report.type(), report.serverTime(),
                report.workDate()), report).flagged(timeSkew, impossibleTravel, photoReused);
        if (lateMinutes != null) {
            event.lateBy(lateMinutes);
        }
        if (photo != null) {
            event.withPhoto(photos.keep(employee, FilePurpose.ATTENDANCE_PHOTO, photo));
        }
        events.store(event);
        em.flush();
        return event;
    }

    public AttendanceEvent refuse(Report report, String reasonCode, String reasonDetail) {
        Employee employee = em.getReference(Employee.class, report.employeeId());
        AttendanceEvent event = describe(AttendanceEvent.refused(employee, report.type(), reasonCode, reasonDetail,
                report.serverTime(), report.workDate()), report);
        events.store(event);
        em.flush();
        return event;
    }

    private AttendanceEvent describe(AttendanceEvent event, Report report) {
        return event.reportedAt(OfficeLocation.toPoint(report.position()), report.accuracyM(), report.clientTime(),
                        report.mocked())
                .measuredAgainst(report.locationId() == null ? null
                        : em.find(OfficeLocation.class, report.locationId()), report.distanceM())
                .from(em.getReference(Device.class, report.deviceId()))
                .answeringKey(report.idempotencyKey());
    }
}
