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
import java.time.Instant;
import java.util.Objects;

/**
 * One of an officer's recovery codes: logs in once in place of the authenticator's code, for the day the phone is
 * lost. {@link #PER_ENROLMENT} are shown once when the second factor is enrolled, and only their hashes are kept.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    /** How many codes an enrolment gives. */
    public static final int PER_ENROLMENT = 10;

    /** Characters of a code (about 50 bits). */
    static final int LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
    @SequenceGenerator(name = "recovery_code_seq", sequenceName = "recovery_code_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    private RecoveryCode(Account account, String code, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.codeHash = OneTimeCode.hash(code);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new code for {@code account}: the entity to keep, and the code, to be shown once. */
    public static Issued issue(Account account, Instant now) {
        String code = OneTimeCode.letters(LENGTH);
        return new Issued(new RecoveryCode(account, code, now), code);
    }

    /** An issued code with its plain text. */
    public record Issued(RecoveryCode kept, String code) {}

    /** Whether {@code typed} is this code and it was not used before. */
    public boolean accepts(String typed) {
        return usedAt == null && OneTimeCode.matches(typed, codeHash);
    }

    public void use(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
