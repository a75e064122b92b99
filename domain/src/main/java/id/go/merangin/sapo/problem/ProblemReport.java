package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.shared.FreeText;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem an ASN reports to their admin OPD from the app (lapor kendala), in their own words, optionally about
 * one of their refused attendance attempts so that the admin sees what the server measured. It stays open until
 * the admin answers; the answers ({@link ProblemReply}) belong to the report and are shown to the ASN. The text is
 * kept exactly as typed and is only ever shown as text.
 */
@Entity
@Table(name = "problem_report")
public class ProblemReport {

    public static final int MAX_MESSAGE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_report_seq")
    @SequenceGenerator(name = "problem_report_seq", sequenceName = "problem_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProblemCategory category;

    @Column(nullable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    /** The refused attempt the report is about, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    private AttendanceEvent attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProblemStatus status = ProblemStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt ASC, id ASC")
    private List<ProblemReply> replies = new ArrayList<>();

    /** The phone's Idempotency-Key: a retry with the same key finds this one. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected ProblemReport() {
        // for JPA
    }

    /** A new open report; {@code attempt} may be null, and otherwise must be a refused attempt of {@code employee}. */
    public ProblemReport(
            Employee employee, ProblemCategory category, String message, AttendanceEvent attempt, Instant createdAt) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.category = Objects.requireNonNull(category, "category");
        this.message = FreeText.of(message, "message", MAX_MESSAGE_LENGTH);
        if (attempt != null && attempt.isAccepted()) {
            throw new IllegalArgumentException(
                    "a problem report names a refused attempt, not accepted event " + attempt.id());
        }
        this.attempt = attempt;
        // as PostgreSQL keeps it, so that the first answer and every later read agree to the microsecond
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    /** The admin's answer, shown to the ASN; the report counts as answered from now on. */
    public ProblemReply answer(String author, String text, Instant at) {
        ProblemReply reply = new ProblemReply(this, author, text, at);
        replies.add(reply);
        status = ProblemStatus.ANSWERED;
        return reply;
    }

    public Long id() {
        return id;
    }

    public Employee employee() {
        return employee;
    }

    public ProblemCategory category() {
        return category;
    }

    public String message() {
        return message;
    }

    public Optional<AttendanceEvent> attempt() {
        return Optional.ofNullable(attempt);
    }

    public ProblemStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The answers, oldest first. */
    public List<ProblemReply> replies() {
        return Collections.unmodifiableList(replies);
    }

    public ProblemReport answeringKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
