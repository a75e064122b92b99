package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ASN's request to be excused between two dates (both inclusive). Pending until the admin OPD or pimpinan
 * approves or rejects it with a note; an approved request excuses those days (no attendance expected, no
 * deduction). A part-day permit ({@link LeaveType#partDay()}) covers one day and carries a time: izin datang
 * terlambat excuses arriving until then, izin pulang cepat leaving from then on; the ASN still checks in and out.
 */
@Entity
@Table(name = "leave_request")
public class LeaveRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leave_request_seq")
    @SequenceGenerator(name = "leave_request_seq", sequenceName = "leave_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_type", nullable = false, length = 40)
    private LeaveType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** The time of a part-day permit; none for whole days. */
    @Column(name = "permit_time")
    private LocalTime permitTime;

    @Column(nullable = false, length = 1000)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id")
    private StoredFile attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LeaveState state = LeaveState.PENDING;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The phone's Idempotency-Key: a retry with the same key finds this one. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected LeaveRequest() {
        // for JPA
    }

    /** The stable code of every refusal of a part-day permit without its time or day, or a time on whole days. */
    public LeaveRequest(
            Employee employee,
            LeaveType type,
            LocalDate startDate,
            LocalDate endDate,
            String reason,
            StoredFile attachment,
            Instant createdAt) {
        this(employee, type, startDate, endDate, null, reason, attachment, createdAt);
    }

    /**
     * A request with {@code permitTime}, which a part-day permit needs (whole minutes, for one day) and a request
     * for whole days must not have.
     */
    public LeaveRequest(
            Employee employee,
            LeaveType type,
            LocalDate startDate,
            LocalDate endDate,
            LocalTime permitTime,
            String reason,
            StoredFile attachment,
            Instant createdAt) {
        requireValidPermit(type, startDate, endDate, permitTime);
        this.permitTime = permitTime;
        this.employee = Objects.requireNonNull(employee, "employee");
        this.type = Objects.requireNonNull(type, "type");
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("end date " + endDate + " is before start date " + startDate);
        }
        this.reason = Objects.requireNonNull(reason, "reason");
        this.attachment = attachment;
        // as PostgreSQL keeps it, so that the first answer and every later read agree to the microsecond
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    /** Approves or rejects the request; a decided request stays decided. */
    public void decide(boolean approve, String note, String by, Instant at) {
        if (state != LeaveState.PENDING) {
            throw new IllegalStateException("leave request " + id + " is " + state + " already");
        }
        state = approve ? LeaveState.APPROVED : LeaveState.REJECTED;
        decisionNote = note;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Refuses ({@code INVALID_PERMIT}) a part-day permit without a time in whole minutes or over more than one
     * day, and a time on a request for whole days.
     */
    public static void requireValidPermit(
            LeaveType type, LocalDate startDate, LocalDate endDate, LocalTime permitTime) {
        Objects.requireNonNull(type, "type");
        if (type.partDay()
                && (permitTime == null
                        || !startDate.equals(endDate)
                        || permitTime.getSecond() != 0
                        || permitTime.getNano() != 0)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_PERMIT,
                    type + " is for one day and needs a time (HH:mm)",
                    Map.of("field", permitTime == null ? "permitTime" : "endDate"));
        }
        if (!type.partDay() && permitTime != null) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_PERMIT,
                    type + " excuses whole days and takes no time",
                    Map.of("field", "permitTime"));
        }
    }

    /** The time of a part-day permit: until which arriving, or from which leaving, is excused. */
    public Optional<LocalTime> permitTime() {
        return Optional.ofNullable(permitTime);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public Long id() {
        return id;
    }

    public Employee employee() {
        return employee;
    }

    public LeaveType type() {
        return type;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String reason() {
        return reason;
    }

    public Optional<StoredFile> attachment() {
        return Optional.ofNullable(attachment);
    }

    public LeaveState state() {
        return state;
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LeaveRequest answeringKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
