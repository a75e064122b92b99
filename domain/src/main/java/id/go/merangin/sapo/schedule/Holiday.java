package id.go.merangin.sapo.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date on which nobody in the regency is expected at work: a national holiday, cuti bersama or a local holiday.
 * BKPSDMD keeps the calendar; one entry per date.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayType type;

    @Column(nullable = false, length = 200)
    private String name;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate date, HolidayType type, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name").strip();
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
