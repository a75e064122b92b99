package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Officers' accounts (page Pengguna) and an officer's own account (page Akun saya). BKPSDMD creates and changes
 * every officer; an admin OPD the admin OPD and pimpinan of its own OPD and sub-units (the reach rules are
 * {@link Officer}'s); nobody changes their own role, OPD or lock. A new officer's password, and one an admin resets,
 * is made here, shown once to the admin who hands it over, and changed by the officer at the first login. Every
 * change is audited; a lock, a password reset and a changed password end the officer's sessions at their next
 * request.
 */
@Stateless
public class OfficerAccounts {

    private static final int MAX_NAME_LENGTH = 200;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    OpdRepository opds;

    @Inject
    OfficerScope scope;

    @Inject
    OfficerLogin login;

    @Inject
    SecondFactorRoles secondFactorRoles;

    @Inject
    EmailVerification emailVerification;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A new officer, with the password to hand over (shown once, never kept in the clear). */
    public record Created(long id, String username, String password) {}

    /** The officers the caller manages: every officer for BKPSDMD, its own OPD's and sub-units' for an admin OPD. */
    public List<OfficerRow> list() {
        Officer officer = scope.current();
        officer.requireManage(officer.opd());
        Set<Role> alwaysSecondFactor = secondFactorRoles.roles();
        return accounts.officersOf(scope.visibleOpdIds(officer)).stream()
                .map(account -> row(officer, account, alwaysSecondFactor))
                .toList();
    }

    /** Creates an officer of {@code role} in the OPD {@code opdCode}; {@code email} may be empty. */
    public Created create(
            String username,
            String displayName,
            String email,
            Role role,
            String opdCode,
            boolean secondFactorRequired) {
        Officer officer = scope.current();
        String name = Credentials.officerUsername(username);
        Opd opd = opd(opdCode);
        officer.requireGrant(checkedRole(role), opd);
        if (accounts.findByUsername(name).isPresent()) {
            throw new ConflictException(ProblemCode.USERNAME_IN_USE, "the username " + name + " is taken");
        }
        String address = checkedEmail(email, null);
        char[] password = Credentials.generatedPassword();
        Account account = Account.forOfficerWithHandedPassword(
                name, checkedName(displayName), passwords.hash(password), opd, EnumSet.of(role), clock.instant());
        account.changeEmail(address);
        account.requireSecondFactor(secondFactorRequired);
        accounts.store(account);
        audit.record(
                "OFFICER_CREATED",
                "Account",
                account.id(),
                AuditDetail.of("username", name)
                        .and("role", role)
                        .and("opd", opd.code())
                        .and("secondFactorRequired", secondFactorRequired));
        return new Created(account.id(), name, new String(password));
    }

    /** Changes an officer's name, email, role, OPD and whether they must log in with a second factor. */
    public void update(
            long id, String displayName, String email, Role role, String opdCode, boolean secondFactorRequired) {
        Officer officer = scope.current();
        Account account = managed(officer, id);
        Opd opd = opd(opdCode);
        officer.requireGrant(checkedRole(role), opd);
        account.rename(checkedName(displayName));
        account.changeEmail(checkedEmail(email, account));
        account.assign(opd, role);
        account.requireSecondFactor(secondFactorRequired);
        audit.record(
                "OFFICER_UPDATED",
                "Account",
                id,
                AuditDetail.of("username", account.username())
                        .and("role", role)
                        .and("opd", opd.code())
                        .and("secondFactorRequired", secondFactorRequired));
    }

    /** Locks an officer out until unlocked; their sessions end at their next request. */
    public void lock(long id) {
        Account account = managed(scope.current(), id);
        account.lock();
        audit.record("OFFICER_LOCKED", "Account", id, AuditDetail.of("username", account.username()));
    }

    /** Unlocks an officer an admin locked, or one locked out for a while by wrong passwords. */
    public void unlock(long id) {
        Account account = managed(scope.current(), id);
        account.activate();
        account.recordSuccessfulLogin();
        audit.record("OFFICER_UNLOCKED", "Account", id, AuditDetail.of("username", account.username()));
    }

    /** Sets a new password to hand over (answered once); the officer changes it at the next login. */
    public String resetPassword(long id) {
        Account account = managed(scope.current(), id);
        char[] password = Credentials.generatedPassword();
        account.resetPassword(passwords.hash(password));
        audit.record("OFFICER_PASSWORD_RESET", "Account", id, AuditDetail.of("username", account.username()));
        return new String(password);
    }

    /** Forgets an officer's second factor (BKPSDMD only): they enrol again at the next login that needs one. */
    public void resetSecondFactor(long id) {
        Officer officer = scope.current();
        officer.requireBkpsdmd();
        Account account = managed(officer, id);
        account.resetSecondFactor();
        accounts.deleteRecoveryCodes(account);
        audit.record("SECOND_FACTOR_RESET", "Account", id, AuditDetail.of("username", account.username()));
    }

    /** The caller's own account. */
    public OwnAccount own() {
        return own(self());
    }

    /**
     * Changes the caller's own password: the current one is checked (counting towards the lockout), the new one keeps
     * the rules; every other session of the account ends. Answers the account as it is now, whose session generation
     * the caller's own session takes on.
     */
    public OwnAccount changeOwnPassword(char[] current, char[] newPassword) {
        Account account = AccountService.currentPasswordHolder(accountService::holderOf, self().username(), current);
        PasswordPolicy.check(account, newPassword);
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new InvalidInputException(ProblemCode.SAME_PASSWORD, "the new password is the current one");
        }
        account.changePassword(passwords.hash(newPassword));
        audit.record("PASSWORD_CHANGED", "Account", account.id(), null);
        mails.passwordChanged(account);
        return own(account);
    }

    /** Changes the caller's own email and mails a code to confirm it. */
    public OwnAccount changeOwnEmail(String email) {
        Account account = self();
        String address = checkedEmail(email, account);
        if (address == null) {
            throw new InvalidInputException(ProblemCode.INVALID_EMAIL, "give an email address");
        }
        account.changeEmail(address);
        audit.record("EMAIL_CHANGED", "Account", account.id(), AuditDetail.of("email", address));
        if (!account.isEmailVerified()) {
            emailVerification.send(account.id());
        }
        return own(account);
    }

    /** Mails a new code to confirm the caller's own email. */
    public void sendOwnVerification() {
        emailVerification.send(self().id());
    }

    /** Confirms the caller's own email with the mailed code. */
    public OwnAccount verifyOwnEmail(String code) {
        Account account = self();
        emailVerification.verify(account.id(), code);
        return own(account);
    }

    /** A secret for the caller to enrol a second factor by choice; nothing is kept yet. */
    public OfficerLogin.Enrolment beginOwnEnrolment() {
        return login.beginEnrolment(self().id());
    }

    /** Keeps the caller's second factor; answers the recovery codes, shown once. */
    public List<String> enrolOwn(String secret, String code) {
        return login.enrol(self().id(), secret, code);
    }

    private Account self() {
        String username = scope.current().username();
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no account " + username));
    }

    private OwnAccount own(Account account) {
        return new OwnAccount(
                account.username(),
                account.displayName(),
                widest(account.roles()),
                account.opd().name(),
                account.email().orElse(null),
                account.isEmailVerified(),
                account.needsSecondFactor(secondFactorRoles.roles()),
                account.hasSecondFactor(),
                account.mustChangePassword(),
                account.sessionGeneration());
    }

    private Account managed(Officer officer, long id) {
        Account account = accounts.find(id)
                .filter(Account::isOfficer)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no officer " + id));
        officer.requireManageOfficer(account.username(), account.roles(), account.opd());
        return account;
    }

    private OfficerRow row(Officer officer, Account account, Set<Role> alwaysSecondFactor) {
        boolean manageable = !account.username().equals(officer.username())
                && officer.canManage(account.opd())
                && (officer.role() == Role.BKPSDMD || !account.hasRole(Role.BKPSDMD));
        return new OfficerRow(
                account.id(),
                account.username(),
                account.displayName(),
                account.email().orElse(null),
                account.isEmailVerified(),
                widest(account.roles()),
                account.opd().code(),
                account.opd().name(),
                account.status(),
                account.isLockedOutAt(clock.instant()),
                account.needsSecondFactor(alwaysSecondFactor),
                account.hasSecondFactor(),
                account.mustChangePassword(),
                manageable,
                account.canBeLocked(),
                account.canBeUnlockedAt(clock.instant()));
    }

    private static Role widest(Set<Role> roles) {
        return Officer.widest(roles);
    }

    private Opd opd(String opdCode) {
        return opds.findByCode(opdCode == null ? "" : opdCode)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "No OPD with code " + opdCode));
    }

    private static Role checkedRole(Role role) {
        if (role == null) {
            throw new InvalidInputException(ProblemCode.INVALID_ROLE, "choose a role");
        }
        return role;
    }

    private static String checkedName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_NAME,
                    "a name of 1 to 200 characters",
                    java.util.Map.of("maxLength", MAX_NAME_LENGTH));
        }
        return displayName.strip();
    }

    /** The email normalised, {@code null} for none; refused when another account uses it. */
    private String checkedEmail(String email, Account owner) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = Credentials.normalisedEmail(email);
        accounts.findByEmail(address)
                .filter(other -> owner == null || !other.id().equals(owner.id()))
                .ifPresent(other -> {
                    throw new ConflictException(ProblemCode.EMAIL_IN_USE, "the email is used by another account");
                });
        return address;
    }
}
