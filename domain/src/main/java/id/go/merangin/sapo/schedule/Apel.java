package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
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
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An apel or upacara: held on {@code date} from {@code opens} to {@code closes} at {@code location} (an office, or a
 * dated place such as the apel field's polygon), for the ASN of one OPD and its sub-units, or of every OPD when
 * {@code opd} is none. ASN attend with an APEL event in that window at that place; missing a compulsory one is the
 * daily code TA. It may fall on a holiday (the 17 August upacara does).
 */
@Entity
@Table(name = "apel")
public class Apel {

    /** The stable code of every refusal of an impossible apel. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apel_seq")
    @SequenceGenerator(name = "apel_seq", sequenceName = "apel_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "apel_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opd_id")
    private Opd opd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private OfficeLocation location;

    @Column(nullable = false)
    private boolean compulsory;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Apel() {
        // for JPA
    }

    /** An apel; its window must open before it closes ({@code INVALID_APEL} otherwise). */
    public Apel(
            String name,
            LocalDate date,
            LocalTime opens,
            LocalTime closes,
            Opd opd,
            OfficeLocation location,
            boolean compulsory,
            String createdBy,
            Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.date = Objects.requireNonNull(date, "date");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.closes = Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_APEL,
                    "an apel's window opens before it closes, not " + opens + "-" + closes,
                    Map.of("field", "closes"));
        }
        this.opd = opd;
        this.location = Objects.requireNonNull(location, "location");
        this.compulsory = compulsory;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether an APEL at {@code time} is within the window, both ends included. */
    public boolean open(LocalTime time) {
        return !time.isBefore(opens) && !time.isAfter(closes);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    /** The OPD it is held for (with its sub-units); empty: every OPD. */
    public Optional<Opd> opd() {
        return Optional.ofNullable(opd);
    }

    public OfficeLocation location() {
        return location;
    }

    public boolean compulsory() {
        return compulsory;
    }
}
