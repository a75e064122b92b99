package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.platform.SapoMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * SAPO's one password check, for every caller that takes a password (the phone's login and its request to move to
 * a new phone, the admin screens' login, changing a password), and its one check of an officer's second factor: a
 * temporary lockout after {@code sapo.login.max-failures} wrong passwords or codes in a row, checked before the
 * password, and counted in a transaction of its own that commits whatever the caller then does. The caller turns
 * the verdict into its answer and rolls its own work back on a refusal.
 *
 * <p>A login name that belongs to no account costs the same hash computation as a wrong password, so the time of
 * the answer does not tell whether the name exists.
 */
@Stateless
public class PasswordCheck {

    private static final Logger LOG = Logger.getLogger(PasswordCheck.class);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SapoMetrics metrics;

    @Inject
    @ConfigProperty(name = "sapo.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sapo.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** The hash compared with when the name is unknown: made like every kept hash, of a password nobody knows. */
    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        char[] unknowable = new char[32];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < unknowable.length; i++) {
            unknowable[i] = (char) ('!' + random.nextInt(94));
        }
        decoyHash = passwords.hash(unknowable);
    }

    /** How long a lockout lasts, as the refusal tells the user. */
    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    /** What a password check found. */
    public record Verdict(Outcome outcome, Long accountId, Instant lockedUntil) {

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    public enum Outcome {
        /** The password is the account's; the count of wrong ones starts again. */
        ACCEPTED,
        /** No such login name, or a wrong password (counted). */
        REFUSED,
        /** Too many wrong passwords: refused without looking at the password until {@code lockedUntil}. */
        LOCKED_OUT
    }

    /**
     * Checks {@code password} for the account with this login name (an email, a NIP, an officer's username).
     * Commits the count of wrong passwords, or its reset, before returning.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verdict check(String login, char[] password) {
        Optional<Account> found = Optional.ofNullable(login)
                .map(String::strip)
                .filter(name -> !name.isEmpty() && name.length() <= 254)
                .flatMap(accounts::idByLogin)
                .flatMap(accounts::findLocked);
        if (found.isEmpty()) {
            // as long as a wrong password: the time taken does not tell whether the login name exists
            passwords.matches(password == null ? new char[0] : password, decoyHash);
        }
        return verdict(
                found,
                "wrong_password",
                (account, now) -> password != null && passwords.matches(password, account.passwordHash()));
    }

    /**
     * Checks the code of an officer's second factor: the authenticator's code of this time step or the one either
     * side (each step accepted once), or one of the officer's recovery codes not used yet (used up here). A wrong
     * code counts towards the same lockout as a wrong password. Commits before returning.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verdict checkSecondFactor(long accountId, String code) {
        return verdict(
                accounts.findLocked(accountId),
                "wrong_code",
                (account, now) -> acceptsSecondFactor(account, code, now));
    }

    /**
     * The one way a secret is judged: no account is refused; a locked-out account is refused without looking at the
     * secret; a wrong secret counts towards the lockout ({@code wrongReason} in the metrics); a right one resets it.
     */
    private Verdict verdict(Optional<Account> found, String wrongReason, BiPredicate<Account, Instant> acceptsSecret) {
        if (found.isEmpty()) {
            metrics.loginRefused("unknown_login");
            return new Verdict(Outcome.REFUSED, null, null);
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLockedOutAt(now)) {
            return lockedOut(account);
        }
        if (!acceptsSecret.test(account, now)) {
            return refused(account, now, wrongReason);
        }
        account.recordSuccessfulLogin();
        return new Verdict(Outcome.ACCEPTED, account.id(), null);
    }

    private boolean acceptsSecondFactor(Account account, String code, Instant now) {
        Optional<String> secret = account.totpSecret();
        if (secret.isEmpty() || code == null || code.length() > 64) {
            return false;
        }
        OptionalLong step = Totp.matchingStepNow(secret.get(), code);
        if (step.isPresent()) {
            return account.useTotpStep(step.getAsLong());
        }
        for (RecoveryCode recovery : accounts.unusedRecoveryCodes(account)) {
            if (recovery.accepts(code)) {
                recovery.use(now);
                audit.recordAs(account.username(), "RECOVERY_CODE_USED", "Account", account.id(), null);
                return true;
            }
        }
        return false;
    }

    private Verdict refused(Account account, Instant now, String reason) {
        metrics.loginRefused(reason);
        account.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
        if (account.isLockedOutAt(now)) {
            audit.record("ACCOUNT_LOCKED_OUT", "Account", account.id(), AuditDetail.of("wrongPasswords", maxFailures));
            metrics.lockedOut();
            LOG.infof(
                    "Account %d locked out for %d minutes after %d wrong passwords or codes",
                    account.id(), lockoutMinutes, maxFailures);
            return new Verdict(
                    Outcome.LOCKED_OUT, account.id(), account.lockedUntil().orElseThrow());
        }
        return new Verdict(Outcome.REFUSED, account.id(), null);
    }

    /** A refusal of an account locked out already: counted, but the password is not even looked at. */
    private Verdict lockedOut(Account account) {
        metrics.loginRefused("locked_out");
        return new Verdict(
                Outcome.LOCKED_OUT, account.id(), account.lockedUntil().orElseThrow());
    }
}
