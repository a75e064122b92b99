package id.go.merangin.sapo.employee;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where accounts, the phones bound to them, their API tokens, rebind requests, mailed codes and recovery codes are
 * kept.
 */
public interface AccountRepository {

    Optional<Account> find(long id);

    /**
     * The account as the database holds it now, also where this transaction loaded it before: a password check
     * commits in a transaction of its own (counting or resetting wrong passwords), after which a copy loaded earlier
     * is stale.
     */
    Optional<Account> findCurrent(long id);

    /**
     * The account, its row locked until the transaction ends: password checks of one account take turns, so that
     * guesses sent in parallel are all counted towards the lockout.
     */
    Optional<Account> findLocked(long id);

    /** The account's id by login name: an email when it holds {@code @}, the username (an ASN's NIP) otherwise. */
    Optional<Long> idByLogin(String login);

    Optional<Account> findByUsername(String username);

    /** By email, compared without regard to case. */
    Optional<Account> findByEmail(String email);

    Optional<Account> findByEmployee(Employee employee);

    Account store(Account account);

    Device store(Device device);

    Optional<Device> boundDeviceOf(Account account);

    /** The phones bound to any of {@code accounts} now. */
    List<Device> boundDevicesOf(Collection<Account> accounts);

    /** The device {@code id} without reading it: what a new row that names it links to. */
    Device deviceReference(long id);

    /** The ids of those of {@code accounts} with a rebind request waiting for the admin OPD. */
    Set<Long> withPendingRebind(Collection<Account> accounts);

    /** Whether the account has a registration photo whose bytes are still kept (asked without loading them). */
    boolean hasProfilePhoto(Account account);

    /**
     * Releases the account's bound phone (if any) and binds {@code deviceId} instead, in that order: the database
     * allows one bound phone per account at every moment.
     */
    Device rebind(Account account, String deviceId, String model, Instant at);

    /** Whether a phone with this device id is bound to any account. */
    boolean isDeviceBound(String deviceId);

    /** Whether a phone with this device id is bound to an account other than {@code account}. */
    boolean isDeviceBoundToAnother(String deviceId, Account account);

    /** Revokes every token of the account still in force; answers how many. */
    int revokeTokensOf(Account account, Instant at);

    ApiToken store(ApiToken token);

    Optional<ApiToken> findToken(long id);

    /** What the bearer token check needs of the token with this hash. */
    Optional<PresentedToken> findPresentedToken(String tokenHash);

    ActivationCode store(ActivationCode code);

    /**
     * The ASN's activation code that has not ended (used or replaced), if any (it may have expired), its row locked
     * until the transaction ends, so that codes tried in parallel are all counted.
     */
    Optional<ActivationCode> liveActivationCodeOf(Employee employee);

    /** Ends the ASN's live activation code, if any, and keeps {@code code} instead, in that order. */
    ActivationCode replaceActivationCode(Employee employee, ActivationCode code);

    /** The ids of the active employees of the OPD (not its sub-units) without an account, by name. */
    List<Long> activeEmployeesWithoutAccount(long opdId);

    RebindRequest store(RebindRequest request);

    Optional<RebindRequest> findRebindRequest(long id);

    /** The account's newest request still waiting for the admin OPD, if any. */
    Optional<RebindRequest> pendingRebindOf(Account account);

    /** Revokes every token of the account still in force except {@code kept}; answers how many. */
    int revokeTokensOfExcept(Account account, long kept, Instant at);

    /** The officers (accounts without an ASN's role) of these OPDs, by username. */
    List<Account> officersOf(Collection<Long> opdIds);

    /** The live code of this purpose, if any (it may have expired), its row locked until the transaction ends. */
    Optional<AccountCode> liveCode(Account account, AccountCode.Purpose purpose);

    /** Ends the account's live code of the same purpose, if any, and keeps {@code code} instead, in that order. */
    AccountCode replaceCode(AccountCode code);

    CodeRequest store(CodeRequest request);

    /** How many codes of this purpose were asked for from {@code client} since {@code since}. */
    long codeRequestsFrom(String client, AccountCode.Purpose purpose, Instant since);

    /** How many codes of this purpose were asked for the account since {@code since}. */
    long codeRequestsFor(Account account, AccountCode.Purpose purpose, Instant since);

    /** Forgets the account's recovery codes and keeps {@code codes} instead. */
    void replaceRecoveryCodes(Account account, List<RecoveryCode> codes);

    /** The account's recovery codes not used yet, their rows locked until the transaction ends. */
    List<RecoveryCode> unusedRecoveryCodes(Account account);

    /** Forgets the account's recovery codes. */
    void deleteRecoveryCodes(Account account);
}
