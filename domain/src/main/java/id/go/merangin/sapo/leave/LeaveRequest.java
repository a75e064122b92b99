package id.go.merangin.sapo.leave;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.files.StoredFile;
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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An ASN's request to be excused between two dates (both inclusive). Pending until the admin OPD or pimpinan
 * approves or rejects it with a note; an approved request excuses those days (no attendance expected, no
 * deduction).
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

    public LeaveRequest(Employee employee, LeaveType type, LocalDate startDate, LocalDate endDate, String reason,
            StoredFile attachment, Instant createdAt) {
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
