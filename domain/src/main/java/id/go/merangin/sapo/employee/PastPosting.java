package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * An OPD an ASN belonged to before a transfer: up to {@code untilDate} (the day before the transfer took effect),
 * the ASN's days were that OPD's (its schedule, its holidays, its recap). Written by a transfer, never changed.
 */
@Entity
@Table(name = "past_posting")
public class PastPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "past_posting_seq")
    @SequenceGenerator(name = "past_posting_seq", sequenceName = "past_posting_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opd_id", nullable = false)
    private Opd opd;

    @Column(name = "until_date", nullable = false)
    private LocalDate untilDate;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PastPosting() {
        // for JPA
    }

    public PastPosting(Employee employee, Opd opd, LocalDate untilDate, String recordedBy, Instant recordedAt) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.opd = Objects.requireNonNull(opd, "opd");
        this.untilDate = Objects.requireNonNull(untilDate, "untilDate");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Opd opd() {
        return opd;
    }

    public LocalDate untilDate() {
        return untilDate;
    }
}
