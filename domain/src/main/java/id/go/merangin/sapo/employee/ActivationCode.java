package id.go.merangin.sapo.employee;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The proof of identity an ASN registers with: a one-time code that their admin OPD hands out or prints (the NIP and
 * birth date are printed on letters and decrees, so they prove nothing). It is kept only as a hash, is valid for
 * {@link #VALID_FOR}, is used once, gives way to a newer code for the same ASN, and is spent after
 * {@link #MAX_WRONG_TRIES} wrong tries, so it cannot be guessed online.
 *
 * <p>A code is eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), written {@code K7QM-4XPR};
 * case, spaces and dashes do not matter when it is typed.
 */
@Entity
@Table(name = "activation_code")
public class ActivationCode {

    /** How long a code can be used after it is issued. */
    public static final Duration VALID_FOR = Duration.ofDays(30);

    /** Wrong codes tried for one ASN before their code is spent. */
    public static final int MAX_WRONG_TRIES = 5;

    static final String ALPHABET = OneTimeCode.LETTERS;
    static final int LENGTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activation_code_seq")
    @SequenceGenerator(name = "activation_code_seq", sequenceName = "activation_code_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_tries", nullable = false)
    private int wrongTries;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ActivationCode() {
        // for JPA
    }

    private ActivationCode(Employee employee, String code, String issuedBy, Instant issuedAt) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.codeHash = hash(code);
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = issuedAt.plus(VALID_FOR);
    }

    /** A new code for {@code employee}: the entity to keep, and the code itself, to be shown once and never kept. */
    public static Issued issue(Employee employee, String issuedBy, Instant now) {
        String code = newCode();
        return new Issued(new ActivationCode(employee, code, issuedBy, now), code);
    }

    /** A code given in advance (the demo data's printed letters); the same rules as an issued one. */
    public static ActivationCode of(Employee employee, String code, String issuedBy, Instant now) {
        if (normalised(code).length() != LENGTH) {
            throw new IllegalArgumentException("an activation code has " + LENGTH + " characters");
        }
        return new ActivationCode(employee, code, issuedBy, now);
    }

    /** An issued code with its plain text. */
    public record Issued(ActivationCode kept, String code) {}

    /** Whether the code can still be used at {@code now}: not used, not replaced, not expired, not guessed at. */
    public boolean isUsableAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt) && wrongTries < MAX_WRONG_TRIES;
    }

    /** Whether {@code typed} is this code (compared as hashes, in constant time). */
    public boolean matches(String typed) {
        return OneTimeCode.matches(typed, codeHash);
    }

    /** Counts a wrong code tried for this ASN; the {@link #MAX_WRONG_TRIES}-th spends it. */
    public void recordWrongTry() {
        wrongTries++;
    }

    /** The ASN registered with it, or a newer code replaced it: it can never be used again. */
    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public Employee employee() {
        return employee;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** A code as it is written: {@code XXXX-XXXX}. */
    public static String written(String code) {
        return OneTimeCode.written(code, LENGTH);
    }

    static String newCode() {
        return OneTimeCode.letters(LENGTH);
    }

    /** The code as compared: upper case, without spaces and dashes. */
    static String normalised(String code) {
        return OneTimeCode.normalised(code);
    }

    /** What SAPO keeps of a code: the SHA-256 (hex) of its normalised form. */
    public static String hash(String code) {
        return OneTimeCode.hash(code);
    }
}
