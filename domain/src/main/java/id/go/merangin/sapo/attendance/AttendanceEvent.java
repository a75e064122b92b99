package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.Device;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.organization.OfficeLocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * One attempt of an ASN to record attendance, accepted or refused. Accepted events are what the day's code and the
 * month's recap are computed from; the database allows one accepted event per ASN, type and work date. Refused
 * attempts are kept with their reason so that the admin OPD can review them and answer problem reports. The server
 * time is the truth; the phone's own time is kept as a claim, and integrity flags mark what deserves a second
 * look. Events are never updated after they are written.
 */
@Entity
@Table(name = "attendance_event")
public class AttendanceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_event_seq")
    @SequenceGenerator(name = "attendance_event_seq", sequenceName = "attendance_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 12)
    private AttendanceEventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Decision decision;

    /** The refusal's stable code ({@code OUTSIDE_GEOFENCE}, ...); empty for an accepted event. */
    @Column(name = "reason_code", length = 40)
    private String reasonCode;

    /** What the refusal told the ASN (window, distance, ...), one {@code name=value} per line. */
    @Column(name = "reason_detail", length = 1000)
    private String reasonDetail;

    @Column(name = "server_time", nullable = false)
    private Instant serverTime;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(name = "client_time")
    private Instant clientTime;

    @Column(columnDefinition = "geography(Point,4326)")
    private Point position;

    @Column(name = "accuracy_m")
    private Double accuracyM;

    @Column(name = "distance_m")
    private Double distanceM;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private OfficeLocation location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "device_id")
    private Device device;

    @Column(name = "mocked_location", nullable = false)
    private boolean mockedLocation;

    @Column(name = "flag_time_skew", nullable = false)
    private boolean timeSkew;

    @Column(name = "flag_impossible_travel", nullable = false)
    private boolean impossibleTravel;

    @Column(name = "flag_photo_reused", nullable = false)
    private boolean photoReused;

    @Column(nullable = false)
    private boolean manual;

    /** How late an accepted CHECK_IN was by its day's schedule, kept so the live board can count tiers in SQL. */
    @Column(name = "late_minutes")
    private Integer lateMinutes;

    /** How early an accepted CHECK_OUT was by its day's schedule, kept for the review list's tiers. */
    @Column(name = "early_minutes")
    private Integer earlyMinutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "photo_id")
    private StoredFile photo;

    /** The program that sent the attempt ({@code name/version}, see {@link ClientApp}); null when it named none. */
    @Column(name = "client_app", length = ClientApp.MAX_LENGTH)
    private String clientApp;

    /** The phone's Idempotency-Key: a retry with the same key is answered with this event. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected AttendanceEvent() {
        // for JPA
    }

    private AttendanceEvent(
            Employee employee,
            AttendanceEventType type,
            Decision decision,
            String reasonCode,
            Instant serverTime,
            LocalDate workDate) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.type = Objects.requireNonNull(type, "type");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.reasonCode = reasonCode;
        // as PostgreSQL keeps it, so that the first answer and every later read agree to the microsecond
        this.serverTime = Objects.requireNonNull(serverTime, "serverTime").truncatedTo(ChronoUnit.MICROS);
        this.workDate = Objects.requireNonNull(workDate, "workDate");
    }

    public static AttendanceEvent accepted(
            Employee employee, AttendanceEventType type, Instant serverTime, LocalDate workDate) {
        return new AttendanceEvent(employee, type, Decision.ACCEPTED, null, serverTime, workDate);
    }

    public static AttendanceEvent refused(
            Employee employee,
            AttendanceEventType type,
            String reasonCode,
            String reasonDetail,
            Instant serverTime,
            LocalDate workDate) {
        AttendanceEvent event = new AttendanceEvent(
                employee, type, Decision.REFUSED, Objects.requireNonNull(reasonCode, "reason"), serverTime, workDate);
        event.reasonDetail = reasonDetail;
        return event;
    }

    /** Where the phone said it was, how sure it was, and what it claimed the time was. */
    public AttendanceEvent reportedAt(
            Point reportedPosition, Double reportedAccuracyM, Instant claimedClientTime, boolean mocked) {
        this.position = reportedPosition;
        this.accuracyM = reportedAccuracyM;
        this.clientTime = claimedClientTime;
        this.mockedLocation = mocked;
        return this;
    }

    /** The office location matched (or the nearest one, for a refusal) and the distance the ASN is told. */
    public AttendanceEvent measuredAgainst(OfficeLocation matchedOrNearest, Double distance) {
        this.location = matchedOrNearest;
        this.distanceM = distance;
        return this;
    }

    public AttendanceEvent from(Device phone) {
        this.device = phone;
        return this;
    }

    public AttendanceEvent flagged(boolean skew, boolean travel, boolean reusedPhoto) {
        this.timeSkew = skew;
        this.impossibleTravel = travel;
        this.photoReused = reusedPhoto;
        return this;
    }

    public AttendanceEvent withPhoto(StoredFile selfie) {
        this.photo = selfie;
        return this;
    }

    /** The program that sent the attempt, when it named itself. */
    public AttendanceEvent sentBy(ClientApp client) {
        this.clientApp = client == null ? null : client.toString();
        return this;
    }

    public AttendanceEvent answeringKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    /** An accepted CHECK_IN this many minutes after the scheduled start (0 when on time). */
    public AttendanceEvent lateBy(int minutes) {
        if (type != AttendanceEventType.CHECK_IN || decision != Decision.ACCEPTED || minutes < 0) {
            throw new IllegalStateException("only an accepted CHECK_IN is late, by zero or more minutes");
        }
        this.lateMinutes = minutes;
        return this;
    }

    /** An accepted CHECK_OUT this many minutes before the scheduled end (0 when not early). */
    public AttendanceEvent earlyBy(int minutes) {
        if (type != AttendanceEventType.CHECK_OUT || decision != Decision.ACCEPTED || minutes < 0) {
            throw new IllegalStateException("only an accepted CHECK_OUT is early, by zero or more minutes");
        }
        this.earlyMinutes = minutes;
        return this;
    }

    /** Recorded by an admin on the ASN's behalf (after a problem report), never by the phone, for this reason. */
    public AttendanceEvent markedManual(String reason) {
        this.manual = true;
        this.reasonDetail = Objects.requireNonNull(reason, "reason");
        return this;
    }

    public Long id() {
        return id;
    }

    public Employee employee() {
        return employee;
    }

    public AttendanceEventType type() {
        return type;
    }

    public Decision decision() {
        return decision;
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> reasonDetail() {
        return Optional.ofNullable(reasonDetail);
    }

    public Instant serverTime() {
        return serverTime;
    }

    public LocalDate workDate() {
        return workDate;
    }

    public Optional<Instant> clientTime() {
        return Optional.ofNullable(clientTime);
    }

    public Optional<Point> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Double> accuracyM() {
        return Optional.ofNullable(accuracyM);
    }

    public Optional<Double> distanceM() {
        return Optional.ofNullable(distanceM);
    }

    public Optional<OfficeLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The client that sent the attempt as {@code name/version}; empty for a manual one or an unnamed client. */
    public Optional<String> clientApp() {
        return Optional.ofNullable(clientApp);
    }

    public Optional<Device> device() {
        return Optional.ofNullable(device);
    }

    public boolean isMockedLocation() {
        return mockedLocation;
    }

    public boolean hasTimeSkew() {
        return timeSkew;
    }

    public boolean hasImpossibleTravel() {
        return impossibleTravel;
    }

    public boolean hasReusedPhoto() {
        return photoReused;
    }

    public Optional<Integer> lateMinutes() {
        return Optional.ofNullable(lateMinutes);
    }

    public Optional<Integer> earlyMinutes() {
        return Optional.ofNullable(earlyMinutes);
    }

    public boolean isManual() {
        return manual;
    }

    public Optional<StoredFile> photo() {
        return Optional.ofNullable(photo);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
