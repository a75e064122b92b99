package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What an admin does to an ASN's account: verify it, lock and unlock it, release a lost phone. Each change is
 * audited and takes effect on the ASN's next request. (Which admin may touch which account comes with the admin
 * screens.)
 */
@Stateless
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void activate(long accountId) {
        account(accountId).activate();
        audit.record("ACCOUNT_ACTIVATED", "Account", accountId, null);
    }

    public void lock(long accountId) {
        account(accountId).lock();
        audit.record("ACCOUNT_LOCKED", "Account", accountId, null);
    }

    public void unlock(long accountId) {
        Account account = account(accountId);
        account.activate();
        account.recordSuccessfulLogin();
        audit.record("ACCOUNT_UNLOCKED", "Account", accountId, null);
    }

    /** Releases the bound phone: its tokens stop working, and the next login binds the phone it comes from. */
    public void resetDevice(long accountId) {
        Account account = account(accountId);
        accounts.boundDeviceOf(account).ifPresent(device -> {
            device.release(clock.instant());
            audit.record("DEVICE_RESET", "Account", accountId, "released " + device.deviceId());
        });
    }

    public long accountIdOf(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("NOT_FOUND", "no account " + username))
                .id();
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("NOT_FOUND", "no account " + id));
    }
}
