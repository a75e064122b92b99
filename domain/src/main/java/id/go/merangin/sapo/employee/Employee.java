package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The master record of one ASN as BKPSDMD keeps it: NIP, name, birth date, position, rank and OPD. It exists
 * before the ASN ever opens the app; registration matches NIP and birth date against it. The NIP is validated on
 * the way in and must agree with the birth date, since the NIP starts with it.
 */
@Entity
@Table(name = "employee")
public class Employee {

    /** Column lengths of {@code employee}, for whoever checks text before it reaches the database. */
    public static final int MAX_NAME_LENGTH = 200;

    public static final int MAX_POSITION_LENGTH = 200;
    public static final int MAX_RANK_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 18)
    private String nip;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Sex sex;

    @Column(length = MAX_POSITION_LENGTH)
    private String position;

    @Column(name = "rank_name", length = MAX_RANK_LENGTH)
    private String rank;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opd_id", nullable = false)
    private Opd opd;

    @Column(nullable = false)
    private boolean active = true;

    /** The first day of work in the regency (TMT); by default the first day of the NIP's appointment month. */
    @Column(name = "appointment_date", nullable = false)
    private LocalDate appointmentDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EmploymentEnd endReason;

    protected Employee() {
        // for JPA
    }

    public Employee(Nip nip, String name, LocalDate birthDate, String position, String rank, Opd opd) {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(birthDate, "birthDate");
        if (!nip.birthDate().equals(birthDate)) {
            throw new InvalidInputException(
                    ProblemCode.NIP_BIRTH_DATE_MISMATCH,
                    "NIP " + nip + " does not start with the birth date " + birthDate,
                    Map.of("nip", nip.toString(), "birthDate", birthDate.toString()));
        }
        this.nip = nip.toString();
        this.sex = nip.sex();
        this.birthDate = birthDate;
        this.name = Objects.requireNonNull(name, "name").strip();
        this.position = position;
        this.rank = rank;
        this.opd = Objects.requireNonNull(opd, "opd");
        this.appointmentDate = nip.appointmentMonth().atDay(1);
    }

    public Long id() {
        return id;
    }

    public Nip nip() {
        return Nip.of(nip);
    }

    public String name() {
        return name;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String position() {
        return position;
    }

    public String rank() {
        return rank;
    }

    public Opd opd() {
        return opd;
    }

    public boolean isActive() {
        return active;
    }

    public void updateJob(String newPosition, String newRank) {
        this.position = newPosition;
        this.rank = newRank;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").strip();
    }

    public void transferTo(Opd newOpd) {
        this.opd = Objects.requireNonNull(newOpd, "opd");
    }

    /** When the ASN works for the regency. */
    public Employment employment() {
        return new Employment(appointmentDate, endDate, endReason);
    }

    /**
     * Sets when the ASN works for the regency. The appointment cannot be before the appointment month the NIP
     * carries (no ASN works for the regency before becoming a civil servant). Answers the first day whose being a
     * working day of the ASN may have changed (the earlier of the two appointments), so that the caller works the
     * days from there out again; empty when nothing changed.
     */
    public Optional<LocalDate> changeEmployment(Employment employment) {
        Objects.requireNonNull(employment, "employment");
        if (employment.appointment().isBefore(nip().appointmentMonth().atDay(1))) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_EMPLOYMENT,
                    "the appointment date " + employment.appointment() + " is before the NIP's appointment month "
                            + nip().appointmentMonth(),
                    Map.of("field", "appointment"));
        }
        Employment before = employment();
        if (before.equals(employment)) {
            return Optional.empty();
        }
        this.appointmentDate = employment.appointment();
        this.endDate = employment.end();
        this.endReason = employment.endReason();
        return Optional.of(
                before.appointment().isBefore(employment.appointment())
                        ? before.appointment()
                        : employment.appointment());
    }

    @Override
    public String toString() {
        return nip + " " + name;
    }
}
