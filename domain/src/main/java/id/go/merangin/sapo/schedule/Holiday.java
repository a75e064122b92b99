package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.Opd;
import jakarta.persistence.Cacheable;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A date on which nobody is expected at work: a national holiday or cuti bersama for the whole regency, or a local
 * holiday for the whole regency or for one OPD (a kecamatan's own day). BKPSDMD keeps the calendar; one
 * regency-wide entry per date, and one per date and OPD.
 * <p>Cached by Hibernate (second level): read on every check-in, changed rarely and only through SAPO.
 */
@Entity
@Table(name = "holiday")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    private Long id;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayType type;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opd_id")
    private Opd opd;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate date, HolidayType type, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name").strip();
    }

    /** A local holiday of one OPD and its sub-units only. */
    public static Holiday localTo(Opd opd, LocalDate date, String name) {
        Holiday holiday = new Holiday(date, HolidayType.LOCAL, name);
        holiday.opd = Objects.requireNonNull(opd, "opd");
        return holiday;
    }

    /** The OPD this holiday is limited to; empty for the whole regency. */
    public Optional<Opd> opd() {
        return Optional.ofNullable(opd);
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public HolidayType type() {
        return type;
    }

    public String name() {
        return name;
    }
}
