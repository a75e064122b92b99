package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.files.PhotoStore;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.AuthenticationException;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.RefusedException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ASN's account from the phone's side: registering against the master data, logging in from the one bound
 * phone, the bearer token that proves it on every request, logging out, and asking to move to a new phone.
 */
@Stateless
public class AccountService {

    private static final int MAX_DEVICE_ID_LENGTH = 200;

    @Inject
    AccountRepository accounts;

    @Inject
    EmployeeRepository employees;

    @Inject
    PasswordHashing passwords;

    @Inject
    PasswordCheck passwordCheck;

    @Inject
    ActivationCodes activationCodes;

    @Inject
    MailedCodes codes;

    @Inject
    AccountMails mails;

    @Inject
    PhotoStore photos;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sapo.token.ttl-hours", defaultValue = "720")
    int tokenTtlHours;

    /**
     * Registers an ASN whose NIP and birth date match a master record without an account, proven with the activation
     * code their admin OPD gave them (spent here). The phone is bound, the profile photo kept; the account is pending
     * until verified, or active where the OPD allows self-activation.
     */
    public RegistrationResult register(Registration registration) {
        Nip nip = Nip.of(registration.nip());
        String email = Credentials.normalisedEmail(registration.email());
        String deviceId = checkedDeviceId(registration.deviceId());
        Employee employee = employees
                .findByNip(nip)
                .filter(found -> found.birthDate().equals(registration.birthDate()) && found.isActive())
                .orElseThrow(() -> new RefusedException(
                        ProblemCode.NOT_IN_MASTER_DATA, "no ASN master record with this NIP and birth date", Map.of()));
        if (accounts.findByEmployee(employee).isPresent()) {
            throw new ConflictException(ProblemCode.ALREADY_REGISTERED, "NIP " + nip + " has an account already");
        }
        activationCodes.spend(employee, registration.activationCode());
        Credentials.checkPassword(registration.password(), nip, employee.birthDate());
        JpegPhoto photo = photos.check(registration.photo());
        if (accounts.findByEmail(email).isPresent()) {
            throw new ConflictException(ProblemCode.EMAIL_IN_USE, "the email is used by another account");
        }
        if (accounts.isDeviceBound(deviceId)) {
            throw new ConflictException(ProblemCode.DEVICE_IN_USE, "this phone is bound to another ASN's account");
        }
        Instant now = clock.instant();
        Account account = Account.forEmployee(employee, email, passwords.hash(registration.password()), now);
        account.showProfilePhoto(photos.keep(employee, FilePurpose.PROFILE_PHOTO, photo));
        accounts.store(account);
        accounts.store(new Device(account, deviceId, trimmed(registration.deviceModel(), 200), now));
        audit.record(
                "ACCOUNT_REGISTERED",
                "Account",
                account.id(),
                AuditDetail.of("nip", nip).and("status", account.status()));
        codes.issueAndMail(account, AccountCode.Purpose.EMAIL_VERIFICATION, email);
        return new RegistrationResult(
                account.id(), nip.toString(), employee.name(), employee.opd().name(), account.status());
    }

    /**
     * Logs an ASN in with NIP or email and password from their bound phone. Wrong passwords count towards a
     * temporary lockout (the count is kept even though the login is refused). A phone after a reset is bound here.
     */
    public LoginResult login(String nipOrEmail, char[] password, String deviceId) {
        Instant now = clock.instant();
        String device = checkedDeviceId(deviceId);
        Account account = asnPassing(nipOrEmail, password);
        Device bound = accounts.boundDeviceOf(account).orElseGet(() -> bindAfterReset(account, device, now));
        if (!bound.deviceId().equals(device)) {
            throw new AccessDeniedException(
                    ProblemCode.DEVICE_NOT_BOUND,
                    "this account is bound to another phone; ask the admin OPD to move it",
                    Map.of("rebindRequest", "/api/v1/devices/rebind-requests"));
        }
        String token = BearerTokens.newToken();
        Instant expiresAt = now.plus(Duration.ofHours(tokenTtlHours));
        accounts.store(new ApiToken(account, bound, BearerTokens.hash(token), now, expiresAt));
        return new LoginResult(token, expiresAt, account.mustChangePassword());
    }

    /**
     * Who the bearer token belongs to; refuses unknown, expired and revoked tokens, locked accounts, reset phones.
     * It only reads, in one query, so every API request runs it without a transaction of its own. An account whose
     * password an admin set is refused with {@code PASSWORD_CHANGE_REQUIRED} unless the request is one that
     * {@code whilePasswordMustChange} allows (changing it, reading the profile, logging out).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuthenticatedAsn authenticate(String bearerToken, boolean whilePasswordMustChange) {
        PresentedToken token = Optional.ofNullable(bearerToken)
                .flatMap(value -> accounts.findPresentedToken(BearerTokens.hash(value)))
                .orElseThrow(() -> new AuthenticationException(ProblemCode.TOKEN_INVALID, "unknown bearer token"));
        if (token.isRevoked()) {
            throw new AuthenticationException(ProblemCode.TOKEN_REVOKED, "the token was revoked at logout");
        }
        if (!token.isUsableAt(clock.instant())) {
            throw new AuthenticationException(ProblemCode.TOKEN_EXPIRED, "the token expired; log in again");
        }
        requireUsable(token.accountStatus());
        if (token.mustChangePassword() && !whilePasswordMustChange) {
            throw new AccessDeniedException(
                    ProblemCode.PASSWORD_CHANGE_REQUIRED,
                    "the admin OPD set this password: choose your own first",
                    Map.of("changePassword", "/api/v1/me/password"));
        }
        if (!token.isDeviceBound()) {
            throw new AccessDeniedException(
                    ProblemCode.DEVICE_NOT_BOUND, "this phone is no longer bound to the account");
        }
        long employee = token.employee()
                .orElseThrow(() -> new AccessDeniedException(
                        ProblemCode.NOT_AN_ASN_ACCOUNT, "only an ASN's account uses the mobile API"));
        if (!token.isEmployedOn(clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate())) {
            throw new AccessDeniedException(
                    ProblemCode.NOT_EMPLOYED,
                    "the ASN works for the regency from " + token.employmentStart()
                            + (token.employmentEnd() == null ? "" : " to " + token.employmentEnd()));
        }
        return new AuthenticatedAsn(
                token.accountId(), employee, token.deviceId(), token.opdId(), token.tokenId(), token.username());
    }

    /**
     * Changes the ASN's password: the current one is checked (and counts towards the lockout), the new one keeps the
     * registration's rules; every other token of the account stops working, the phone's own goes on.
     */
    public void changePassword(AuthenticatedAsn asn, char[] current, char[] newPassword) {
        Account holder = currentPasswordHolder(this::holderOf, asn.nip(), current);
        PasswordPolicy.check(holder, newPassword);
        if (passwords.matches(newPassword, holder.passwordHash())) {
            throw new InvalidInputException(ProblemCode.SAME_PASSWORD, "the new password is the current one");
        }
        Instant now = clock.instant();
        holder.changePassword(passwords.hash(newPassword));
        int revoked = accounts.revokeTokensOfExcept(holder, asn.tokenId(), now);
        audit.recordAs(
                holder.username(),
                "PASSWORD_CHANGED",
                "Account",
                holder.id(),
                AuditDetail.of("tokensRevoked", revoked));
        mails.passwordChanged(holder);
    }

    /** Revokes the token the request came with; the phone must log in again. */
    public void logout(AuthenticatedAsn asn) {
        accounts.findToken(asn.tokenId()).ifPresent(token -> token.revoke(clock.instant()));
    }

    /**
     * Asks the admin OPD to move the account to a new phone. The caller proves who they are with their password,
     * since the new phone has no token.
     */
    public long requestRebind(String nipOrEmail, char[] password, String deviceId, String deviceModel, String reason) {
        String device = checkedDeviceId(deviceId);
        Account account = asnPassing(nipOrEmail, password);
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException(ProblemCode.INVALID_REASON, "the reason may have at most 500 characters");
        }
        RebindRequest request = accounts.store(
                new RebindRequest(account, device, trimmed(deviceModel, 200), trimmed(reason, 500), clock.instant()));
        audit.record("REBIND_REQUESTED", "Account", account.id(), AuditDetail.of("device", device));
        return request.id();
    }

    /**
     * The account whose password this is, usable (not pending, not locked by the admin OPD); refused otherwise.
     * Every password SAPO takes goes through {@link PasswordCheck}, which counts wrong ones towards the lockout.
     */
    public Account holderOf(String login, char[] password) {
        PasswordCheck.Verdict verdict = passwordCheck.check(login, password);
        switch (verdict.outcome()) {
            case LOCKED_OUT ->
                throw new AccessDeniedException(
                        ProblemCode.ACCOUNT_LOCKED_OUT,
                        "too many wrong passwords",
                        Map.of(
                                "lockedUntil",
                                verdict.lockedUntil().toString(),
                                "minutes",
                                passwordCheck.lockoutMinutes()));
            case REFUSED -> throw invalidCredentials();
            case ACCEPTED -> {
                // the account's own state decides next
            }
        }
        // the check committed on its own: a copy of the account this transaction loaded before is stale now
        Account account = accounts.findCurrent(verdict.accountId()).orElseThrow(AccountService::invalidCredentials);
        requireUsable(account.status());
        return account;
    }

    /**
     * {@link #holderOf} for a change of password by someone logged in: a wrong current password is a wrong field of
     * the form ({@code CURRENT_PASSWORD_WRONG}), not a failed login, although it counts towards the lockout alike.
     */
    static Account currentPasswordHolder(
            java.util.function.BiFunction<String, char[], Account> check, String username, char[] current) {
        try {
            return check.apply(username, current);
        } catch (AuthenticationException wrong) {
            throw new InvalidInputException(ProblemCode.CURRENT_PASSWORD_WRONG, "the current password is not right");
        }
    }

    /** {@link #holderOf}, for the phone: an ASN's account with its employee record. */
    private Account asnPassing(String nipOrEmail, char[] password) {
        if (nipOrEmail == null || nipOrEmail.isBlank()) {
            throw new InvalidInputException(ProblemCode.INVALID_LOGIN, "give a NIP or an email");
        }
        Account account = holderOf(nipOrEmail, password);
        if (!account.hasRole(Role.ASN) || account.employee().isEmpty()) {
            throw new AccessDeniedException(ProblemCode.NOT_AN_ASN_ACCOUNT, "only ASN accounts use the mobile API");
        }
        return account;
    }

    /**
     * Binds the phone an ASN logs in from after the admin OPD reset theirs; a phone bound to another ASN's account
     * is refused (the database also keeps a device id bound to one account at most).
     */
    private Device bindAfterReset(Account account, String deviceId, Instant now) {
        if (accounts.isDeviceBound(deviceId)) {
            throw new ConflictException(ProblemCode.DEVICE_IN_USE, "this phone is bound to another ASN's account");
        }
        return accounts.store(new Device(account, deviceId, null, now));
    }

    static void requireUsable(AccountStatus status) {
        switch (status) {
            case ACTIVE -> {
                // usable
            }
            case PENDING ->
                throw new AccessDeniedException(
                        ProblemCode.ACCOUNT_PENDING, "the account waits for verification by the admin OPD");
            default ->
                throw new AccessDeniedException(ProblemCode.ACCOUNT_LOCKED, "the account is locked by the admin OPD");
        }
    }

    private static String checkedDeviceId(String deviceId) {
        if (deviceId == null || deviceId.isBlank() || deviceId.strip().length() > MAX_DEVICE_ID_LENGTH) {
            throw new InvalidInputException(ProblemCode.INVALID_DEVICE_ID, "deviceId must have 1 to 200 characters");
        }
        return deviceId.strip();
    }

    private static String trimmed(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static AuthenticationException invalidCredentials() {
        return new AuthenticationException(ProblemCode.INVALID_CREDENTIALS, "wrong NIP/email or password");
    }
}
