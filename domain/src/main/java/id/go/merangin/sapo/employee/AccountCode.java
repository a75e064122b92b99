package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.RefusedException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A one-time code mailed to an account's owner: to set a new password without the old one, or to prove that an email
 * address is theirs (the address it was sent to). It is kept only as a hash, used once, gives way to a newer code of
 * the same purpose, expires, and is spent after {@link #MAX_WRONG_TRIES} wrong tries, so it cannot be guessed online.
 * A reset code has ten characters of {@link OneTimeCode#letters} (about 50 bits: a stolen copy of the database does
 * not give it away within its half hour); a verification code six digits, typed from the mail into the phone.
 */
@Entity
@Table(name = "account_code")
public class AccountCode {

    /** What a code is for, and how long it lasts. */
    public enum Purpose {
        PASSWORD_RESET(Duration.ofMinutes(30)),
        EMAIL_VERIFICATION(Duration.ofHours(24));

        private final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }

        public Duration validFor() {
            return validFor;
        }

        String newCode() {
            return this == PASSWORD_RESET ? OneTimeCode.letters(10) : OneTimeCode.digits(6);
        }
    }

    /** The refusal of a mailed code, the same whether it is wrong, used, replaced or expired. */
    public static RefusedException invalid() {
        return new RefusedException(ProblemCode.CODE_INVALID, "wrong, used or expired code", Map.of());
    }

    /** Wrong codes tried for one account and purpose before its code is spent. */
    public static final int MAX_WRONG_TRIES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_code_seq")
    @SequenceGenerator(name = "account_code_seq", sequenceName = "account_code_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected AccountCode() {
        // for JPA
    }

    private AccountCode(Account account, Purpose purpose, String email, String code, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.email = Objects.requireNonNull(email, "email");
        this.codeHash = OneTimeCode.hash(code);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** A new code for {@code purpose}, mailed to {@code email}: the entity to keep, and the code, never kept. */
    public static Issued issue(Account account, Purpose purpose, String email, Instant now) {
        String code = purpose.newCode();
        return new Issued(new AccountCode(account, purpose, email, code, now), code);
    }

    /** An issued code with its plain text, to be mailed once. */
    public record Issued(AccountCode kept, String code) {}

    /** Whether the code can still be used at {@code now}: not used, replaced or spent, and not expired. */
    public boolean isUsableAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt) && failedAttempts < MAX_WRONG_TRIES;
    }

    /** Whether {@code typed} is this code (compared as hashes, in constant time). */
    public boolean matches(String typed) {
        return OneTimeCode.matches(typed, codeHash);
    }

    /** Counts a wrong code tried; the {@link #MAX_WRONG_TRIES}-th spends it for good. */
    public void recordWrongTry(Instant at) {
        failedAttempts++;
        if (failedAttempts >= MAX_WRONG_TRIES) {
            end(at);
        }
    }

    /** Used, or replaced by a newer code: it can never be used again. */
    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** The address the code was sent to. */
    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isEnded() {
        return endedAt != null;
    }
}
