package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.organization.Opd;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who logs in: an ASN through the app (username = NIP), or an admin OPD, a pimpinan or a BKPSDMD officer
 * through the admin screens. Only a slow salted hash of the password is kept (Jakarta Security's PBKDF2 format);
 * the hashing is the services' job, this entity only stores it. The OPD is the scope of what the account sees.
 * Wrong passwords lock the account for a while; an admin can lock it until further notice.
 *
 * <p>Changing or resetting the password raises the session generation: every admin session begun under an older
 * one has ended. A password someone else chose must be changed before anything else is done. An email recovers a
 * password only once its owner confirmed it with a code. An officer may log in with a second factor (TOTP), whose
 * secret is kept here once enrolled together with the last time step used, so that no code is accepted twice.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opd_id", nullable = false)
    private Opd opd;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountStatus status;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_photo_id")
    private StoredFile profilePhoto;

    /** The language of the admin screens this officer chose; Indonesian until they choose. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language = Language.ID;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected Account() {
        // for JPA
    }

    private Account(
            String username,
            String displayName,
            String passwordHash,
            Opd opd,
            Set<Role> roles,
            AccountStatus status,
            Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.opd = Objects.requireNonNull(opd, "opd");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The account of an ASN, named by their NIP; pending until verified unless the OPD allows self-activation. */
    public static Account forEmployee(Employee employee, String email, String passwordHash, Instant now) {
        AccountStatus status = employee.opd().allowsSelfActivation() ? AccountStatus.ACTIVE : AccountStatus.PENDING;
        Account account = new Account(
                employee.nip().toString(),
                employee.name(),
                passwordHash,
                employee.opd(),
                EnumSet.of(Role.ASN),
                status,
                now);
        account.employee = employee;
        account.email = email;
        return account;
    }

    /** An officer's account for the admin screens, active at once. */
    public static Account forOfficer(
            String username, String displayName, String passwordHash, Opd opd, Set<Role> roles, Instant now) {
        if (roles.contains(Role.ASN)) {
            throw new IllegalArgumentException("an officer's account is not an ASN's");
        }
        return new Account(username, displayName, passwordHash, opd, roles, AccountStatus.ACTIVE, now);
    }

    /**
     * A new officer whose first password someone else chose and handed over: it must be changed at the first login.
     */
    public static Account forOfficerWithHandedPassword(
            String username, String displayName, String passwordHash, Opd opd, Set<Role> roles, Instant now) {
        Account account = forOfficer(username, displayName, passwordHash, opd, roles, now);
        account.mustChangePassword = true;
        return account;
    }

    /** Whether this is an officer's account (admin screens) rather than an ASN's (phone). */
    public boolean isOfficer() {
        return employee == null && !roles.contains(Role.ASN);
    }

    /** The owner chose a new password: sessions begun before have ended, and nothing waits to be changed. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
        mustChangePassword = false;
        sessionGeneration++;
    }

    /**
     * An admin set a password and handed it over: every session has ended, and the owner changes it at the next
     * login.
     */
    public void resetPassword(String handedHash) {
        changePassword(handedHash);
        mustChangePassword = true;
    }

    /**
     * The owner proved with a mailed code that they hold the account's email and chose a new password: a temporary
     * lockout after wrong passwords ends too.
     */
    public void recoverPassword(String newHash) {
        changePassword(newHash);
        recordSuccessfulLogin();
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int sessionGeneration() {
        return sessionGeneration;
    }

    /** A new email (or none) is not confirmed until its owner proves it with a code. */
    public void changeEmail(String newEmail) {
        if (!Objects.equals(email, newEmail)) {
            email = newEmail;
            emailVerifiedAt = null;
        }
    }

    /** The owner proved with a code sent to {@code address} that it is theirs; nothing if the email changed since. */
    public void confirmEmail(String address, Instant at) {
        if (address.equalsIgnoreCase(email)) {
            emailVerifiedAt = at;
        }
    }

    /** The email, if its owner confirmed it: the only one a password is recovered through. */
    public Optional<String> verifiedEmail() {
        return emailVerifiedAt == null ? Optional.empty() : Optional.ofNullable(email);
    }

    public boolean isEmailVerified() {
        return verifiedEmail().isPresent();
    }

    /** Whether the officer logs in with a second factor: their roles demand it, or it was required of them. */
    public boolean needsSecondFactor(Set<Role> rolesThatAlwaysDo) {
        return secondFactorRequired || totpSecret != null || roles.stream().anyMatch(rolesThatAlwaysDo::contains);
    }

    /** Requires (or stops requiring) this officer to log in with a second factor, whatever their role. */
    public void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    /** Keeps the TOTP secret the officer proved to hold, with the time step of that proof (used from then on). */
    public void enrolSecondFactor(String base32Secret, long provenStep, Instant at) {
        this.totpSecret = Objects.requireNonNull(base32Secret, "secret");
        this.totpEnrolledAt = Objects.requireNonNull(at, "at");
        this.totpLastStep = provenStep;
    }

    /** Forgets the second factor: the officer enrols again at the next login where one is needed. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpEnrolledAt = null;
        totpLastStep = null;
    }

    public Optional<String> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /**
     * Takes the time step of a correct code if it is later than every step used before (RFC 6238: a code is
     * accepted once); answers whether it was.
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** An officer's new name as shown on the screens. */
    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "displayName");
    }

    /** Moves an officer to another OPD and role. */
    public void assign(Opd newOpd, Role role) {
        if (!isOfficer() || role == Role.ASN) {
            throw new IllegalArgumentException("only an officer is assigned an officer's role");
        }
        this.opd = Objects.requireNonNull(newOpd, "opd");
        this.roles = EnumSet.of(role);
    }

    public boolean isLockedOutAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether an admin may lock the account: only a usable one is locked. */
    public boolean canBeLocked() {
        return status.lockable();
    }

    /**
     * Whether an admin may unlock the account at {@code now}: one not usable (locked, disabled, waiting), or one
     * locked out for a while by wrong passwords.
     */
    public boolean canBeUnlockedAt(Instant now) {
        return status != AccountStatus.ACTIVE || isLockedOutAt(now);
    }

    /** Counts a wrong password; the {@code limit}-th one in a row locks the account for {@code lockout}. */
    public void recordFailedLogin(Instant now, int limit, Duration lockout) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void showProfilePhoto(StoredFile photo) {
        this.profilePhoto = photo;
    }

    public Language language() {
        return language;
    }

    public void speak(Language chosen) {
        this.language = Objects.requireNonNull(chosen, "language");
    }

    public Optional<StoredFile> profilePhoto() {
        return Optional.ofNullable(profilePhoto);
    }

    public void activate() {
        status = AccountStatus.ACTIVE;
    }

    public void lock() {
        status = AccountStatus.LOCKED;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Opd opd() {
        return opd;
    }

    public Optional<Employee> employee() {
        return Optional.ofNullable(employee);
    }

    public AccountStatus status() {
        return status;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
