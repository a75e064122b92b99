package id.go.merangin.sapo.employee;

import java.time.Instant;
import java.util.Optional;

/** Where accounts, the phones bound to them, their API tokens and rebind requests are kept. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    /** By email, compared without regard to case. */
    Optional<Account> findByEmail(String email);

    Optional<Account> findByEmployee(Employee employee);

    Account store(Account account);

    Device store(Device device);

    Optional<Device> boundDeviceOf(Account account);

    /** Whether the account has a registration photo whose bytes are still kept (asked without loading them). */
    boolean hasProfilePhoto(Account account);

    /**
     * Releases the account's bound phone (if any) and binds {@code deviceId} instead, in that order: the database
     * allows one bound phone per account at every moment.
     */
    Device rebind(Account account, String deviceId, String model, Instant at);

    /** Whether a phone with this device id is bound to any account. */
    boolean isDeviceBound(String deviceId);

    ApiToken store(ApiToken token);

    Optional<ApiToken> findToken(long id);

    /** What the bearer token check needs of the token with this hash. */
    Optional<PresentedToken> findPresentedToken(String tokenHash);

    RebindRequest store(RebindRequest request);

    Optional<RebindRequest> findRebindRequest(long id);

    /** The account's newest request still waiting for the admin OPD, if any. */
    Optional<RebindRequest> pendingRebindOf(Account account);
}
