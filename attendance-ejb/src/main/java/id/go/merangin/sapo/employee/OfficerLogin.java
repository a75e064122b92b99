package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.AuthenticationException;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An officer's login to the admin screens, step by step: the password (with the lockout every password check
 * counts towards), then, where the officer needs one ({@link SecondFactorRoles}, or required of them, or enrolled by
 * choice), the second factor: the authenticator's code or a recovery code, counted towards the same lockout; an
 * officer who needs one and has none enrols first (a QR code, a code that proves the app has the secret, ten
 * recovery codes shown once). Only after the last step does the screen log the officer in ({@link #identity}).
 */
@Stateless
public class OfficerLogin {

    /** How the issuer is named in the officer's authenticator app. */
    public static final String ISSUER = "SAPO Merangin";

    /** What the login asks for after a step. */
    public enum Next {
        /** Nothing: the officer is logged in. */
        DONE,
        /** The authenticator's code (or a recovery code). */
        SECOND_FACTOR,
        /** Enrolment of a second factor, which the officer needs and does not have yet. */
        ENROL
    }

    /** The account whose password was right, and what it needs next. */
    public record Step(long accountId, Next next) {}

    /** A secret to enrol, not kept until a code proves the app holds it; {@code uri} goes into the QR code. */
    public record Enrolment(String secret, String uri) {}

    /** What an officer's session must know of its account on every request. */
    public record SessionState(AccountStatus status, int generation, boolean mustChangePassword) {

        /** Whether a session begun under {@code begunUnder} goes on: the account is usable and its password the same. */
        public boolean continues(int begunUnder) {
            return status == AccountStatus.ACTIVE && generation == begunUnder;
        }
    }

    @Inject
    AccountService accountService;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordCheck passwordCheck;

    @Inject
    SecondFactorRoles secondFactorRoles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The first step: the username and password of an officer's usable account. */
    public Step password(String username, char[] password) {
        Account account = accountService.holderOf(username, password);
        requireOfficer(account);
        Next next = !account.needsSecondFactor(secondFactorRoles.roles())
                ? Next.DONE
                : account.hasSecondFactor() ? Next.SECOND_FACTOR : Next.ENROL;
        return new Step(account.id(), next);
    }

    /** The second step: the authenticator's code, or a recovery code (used up). */
    public void secondFactor(long accountId, String code) {
        PasswordCheck.Verdict verdict = passwordCheck.checkSecondFactor(accountId, code);
        switch (verdict.outcome()) {
            case LOCKED_OUT ->
                throw new AccessDeniedException(
                        ProblemCode.ACCOUNT_LOCKED_OUT,
                        "too many wrong passwords or codes",
                        Map.of(
                                "lockedUntil",
                                verdict.lockedUntil().toString(),
                                "minutes",
                                passwordCheck.lockoutMinutes()));
            case REFUSED -> throw new AuthenticationException(ProblemCode.SECOND_FACTOR_INVALID, "wrong or used code");
            case ACCEPTED -> requireOfficer(officer(accountId));
        }
    }

    /** A new secret for an officer to enrol, with its QR code's address. Nothing is kept yet. */
    public Enrolment beginEnrolment(long accountId) {
        Account account = officer(accountId);
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.uri(ISSUER, account.username(), secret));
    }

    /**
     * Keeps the second factor of an officer who has none, once {@code code} proves that the authenticator holds
     * {@code secret}; answers the recovery codes, to be shown once.
     */
    public List<String> enrol(long accountId, String secret, String code) {
        Account account = officer(accountId);
        if (account.hasSecondFactor()) {
            throw new ConflictException(ProblemCode.SECOND_FACTOR_ENROLLED, "the officer has a second factor already");
        }
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new InvalidInputException(ProblemCode.INVALID_SECRET, "not a secret SAPO made");
        }
        OptionalLong step = Totp.matchingStepNow(secret, code);
        if (step.isEmpty()) {
            throw new AuthenticationException(
                    ProblemCode.SECOND_FACTOR_INVALID, "the code is not the authenticator's for this secret now");
        }
        account.enrolSecondFactor(secret, step.getAsLong(), clock.instant());
        List<RecoveryCode> kept = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.PER_ENROLMENT; i++) {
            RecoveryCode.Issued issued = RecoveryCode.issue(account, clock.instant());
            kept.add(issued.kept());
            shown.add(issued.code());
        }
        accounts.replaceRecoveryCodes(account, kept);
        audit.recordAs(
                account.username(),
                "SECOND_FACTOR_ENROLLED",
                "Account",
                account.id(),
                AuditDetail.of("recoveryCodes", kept.size()));
        return shown;
    }

    /** The state of the officer's account that decides whether a session of theirs goes on. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SessionState> sessionState(String username) {
        return accounts.findByUsername(username)
                .filter(Account::isOfficer)
                .map(account ->
                        new SessionState(account.status(), account.sessionGeneration(), account.mustChangePassword()));
    }

    /** The officer the screens log in after the last step; the login is audited here. */
    public OfficerIdentity identity(long accountId) {
        Account account = officer(accountId);
        requireOfficer(account);
        Set<Role> officerRoles = EnumSet.noneOf(Role.class);
        officerRoles.addAll(account.roles());
        audit.recordAs(
                account.username(),
                "OFFICER_LOGIN",
                "Account",
                account.id(),
                account.hasSecondFactor() ? AuditDetail.of("secondFactor", true) : null);
        return new OfficerIdentity(
                account.username(),
                account.displayName(),
                officerRoles,
                account.opd().id(),
                account.opd().name(),
                account.sessionGeneration());
    }

    private Account officer(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no account " + accountId));
    }

    private static void requireOfficer(Account account) {
        if (!account.isOfficer()) {
            throw new AccessDeniedException(
                    ProblemCode.NOT_AN_OFFICER, "only admin OPD, pimpinan and BKPSDMD accounts");
        }
        AccountService.requireUsable(account.status());
    }
}
