package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;

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
    PasswordHashing passwords;

    @Inject
    OpdRepository opds;

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

    /** Creates the account of an admin OPD, a pimpinan or a BKPSDMD officer for the admin screens. */
    public long createOfficer(String username, String displayName, char[] password, String opdCode, Role role) {
        if (role == Role.ASN) {
            throw new InvalidInputException("INVALID_ROLE", "ASN accounts are made by registering from the phone");
        }
        if (username == null || !username.matches("[a-z0-9._-]{3,100}")) {
            throw new InvalidInputException("INVALID_USERNAME", "3 to 100 of a-z, 0-9, dot, dash, underscore");
        }
        if (password == null || password.length < Credentials.MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("WEAK_PASSWORD", "at least 8 characters");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("USERNAME_IN_USE", "the username " + username + " is taken");
        }
        Opd opd = opds.findByCode(opdCode)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_OPD", "No OPD with code " + opdCode));
        Account account = accounts.store(Account.forOfficer(username, displayName, passwords.hash(password), opd,
                EnumSet.of(role), clock.instant()));
        audit.record("OFFICER_CREATED", "Account", account.id(), username + " " + role + " " + opdCode);
        return account.id();
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
