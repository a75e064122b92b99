package id.go.merangin.sapo.problem;

import id.go.merangin.sapo.shared.FreeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One answer of an admin to a {@link ProblemReport}, signed with the admin's user name. Made only through
 * {@link ProblemReport#answer}, and never changed afterwards.
 */
@Entity
@Immutable
@Table(name = "problem_reply")
public class ProblemReply {

    public static final int MAX_AUTHOR_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_reply_seq")
    @SequenceGenerator(name = "problem_reply_seq", sequenceName = "problem_reply_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProblemReport report;

    @Column(nullable = false, length = MAX_AUTHOR_LENGTH)
    private String author;

    @Column(nullable = false, length = ProblemReport.MAX_MESSAGE_LENGTH)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProblemReply() {
        // for JPA
    }

    ProblemReply(ProblemReport report, String author, String message, Instant createdAt) {
        this.report = Objects.requireNonNull(report, "report");
        this.author = FreeText.of(author, "author", MAX_AUTHOR_LENGTH);
        this.message = FreeText.of(message, "message", ProblemReport.MAX_MESSAGE_LENGTH);
        // as PostgreSQL keeps it, so that the first answer and every later read agree to the microsecond
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public ProblemReport report() {
        return report;
    }

    public String author() {
        return author;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
