package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * What an admin does to an ASN's account: verify it, lock and unlock it, release a lost phone or move the account to
 * a new one. Only the admin OPD of the ASN's OPD (or a unit above it) and BKPSDMD may; a pimpinan reads but does not
 * change. Each change is audited and takes effect on the ASN's next request.
 */
@Stateless
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    OfficerScope scope;

    /** Verifies a pending registration: the ASN can log in from the phone they registered with. */
    public void activate(long accountId) {
        Account account = managed(accountId);
        if (!account.status().awaitsVerification()) {
            throw new ConflictException(ProblemCode.NOT_PENDING, "account " + accountId + " is " + account.status());
        }
        account.activate();
        audit.record("ACCOUNT_ACTIVATED", "Account", accountId, null);
    }

    /** Locks the account: it cannot log in, and the tokens it holds stop working for good (unlocking revives none). */
    public void lock(long accountId) {
        Account account = managed(accountId);
        account.lock();
        int revoked = accounts.revokeTokensOf(account, clock.instant());
        audit.record("ACCOUNT_LOCKED", "Account", accountId, AuditDetail.of("tokensRevoked", revoked));
    }

    /** Unlocks an account the admin OPD locked; a pending one is verified with {@link #activate} instead. */
    public void unlock(long accountId) {
        Account account = managed(accountId);
        if (!account.status().unlockable()) {
            throw new ConflictException(ProblemCode.NOT_LOCKED, "account " + accountId + " is " + account.status());
        }
        account.activate();
        account.recordSuccessfulLogin();
        audit.record("ACCOUNT_UNLOCKED", "Account", accountId, null);
    }

    /** Releases the bound phone: its tokens stop working, and the next login binds the phone it comes from. */
    public void resetDevice(long accountId) {
        Account account = managed(accountId);
        accounts.boundDeviceOf(account).ifPresent(device -> {
            device.release(clock.instant());
            audit.record("DEVICE_RESET", "Account", accountId, AuditDetail.of("device", device.deviceId()));
        });
    }

    /**
     * Moves the account to the phone of a rebind request: the old phone is released (its tokens stop working) and
     * the new one is bound, so the ASN logs in from it at once.
     */
    public void approveRebind(long requestId) {
        RebindRequest request = pendingRebind(requestId);
        Account account = request.account();
        Instant now = clock.instant();
        if (accounts.isDeviceBoundToAnother(request.deviceId(), account)) {
            throw new ConflictException(
                    ProblemCode.DEVICE_IN_USE, "the phone of the request is bound to another ASN's account");
        }
        accounts.rebind(account, request.deviceId(), request.deviceModel(), now);
        request.decide(true, scope.current().username(), now);
        audit.record("REBIND_APPROVED", "Account", account.id(), AuditDetail.of("device", request.deviceId()));
    }

    public void rejectRebind(long requestId) {
        RebindRequest request = pendingRebind(requestId);
        request.decide(false, scope.current().username(), clock.instant());
        audit.record(
                "REBIND_REJECTED", "Account", request.account().id(), AuditDetail.of("device", request.deviceId()));
    }

    /**
     * Sets a password for the ASN to log in with once, answered to be handed over (never kept in the clear): every
     * token of the account stops working, the phone stays bound, and the ASN chooses their own password before
     * anything else.
     */
    public String resetPassword(long accountId) {
        Account account = managed(accountId);
        char[] password = Credentials.generatedPassword();
        account.resetPassword(passwords.hash(password));
        int revoked = accounts.revokeTokensOf(account, clock.instant());
        audit.record("PASSWORD_RESET", "Account", accountId, AuditDetail.of("tokensRevoked", revoked));
        return new String(password);
    }

    public long accountIdOf(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no account " + username))
                .id();
    }

    /** The account, once the caller is known to manage its ASN's OPD. */
    private Account managed(long id) {
        // an officer's account is changed on the Pengguna screen (OfficerAccounts), with the rules for officers
        Account account = accounts.find(id)
                .filter(found -> found.employee().isPresent())
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no ASN account " + id));
        scope.current().requireManage(account.employee().get().opd());
        return account;
    }

    private RebindRequest pendingRebind(long requestId) {
        RebindRequest request = accounts.findRebindRequest(requestId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no rebind request " + requestId));
        managed(request.account().id());
        if (request.status() != RebindRequest.Status.PENDING) {
            throw new ConflictException(ProblemCode.ALREADY_DECIDED, "the rebind request is " + request.status());
        }
        return request;
    }
}
