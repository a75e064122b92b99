package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/** {@link AccountRepository} on JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    /** The unique index that keeps a device id bound to one account at most (V13). */
    private static final String DEVICE_BOUND_ONCE = "device_bound_to_one_account";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findCurrent(long id) {
        Optional<Account> account = find(id);
        account.ifPresent(em::refresh);
        return account;
    }

    @Override
    public Optional<Account> findLocked(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Long> idByLogin(String login) {
        String query = login.contains("@")
                ? "select a.id from Account a where lower(a.email) = :login"
                : "select a.id from Account a where a.username = :login";
        return em.createQuery(query, Long.class)
                .setParameter("login", login.contains("@") ? login.toLowerCase(Locale.ROOT) : login)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where lower(a.email) = :email", Account.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByEmployee(Employee employee) {
        return em.createQuery("select a from Account a where a.employee = :employee", Account.class)
                .setParameter("employee", employee)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Account store(Account account) {
        if (account.id() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }

    @Override
    public Device store(Device device) {
        if (device.id() != null) {
            return em.merge(device);
        }
        em.persist(device);
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            if (DEVICE_BOUND_ONCE.equals(e.getConstraintName())) {
                // another account bound the same phone between our check and this insert
                throw new ConflictException(ProblemCode.DEVICE_IN_USE, "this phone is bound to another ASN's account");
            }
            throw e;
        }
        return device;
    }

    @Override
    public Optional<Device> boundDeviceOf(Account account) {
        return em.createQuery(
                        "select d from Device d where d.account = :account and d.releasedAt is null", Device.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Device> boundDevicesOf(Collection<Account> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from Device d where d.account in :accounts and d.releasedAt is null", Device.class)
                .setParameter("accounts", accounts)
                .getResultList();
    }

    @Override
    public Device deviceReference(long id) {
        return em.getReference(Device.class, id);
    }

    @Override
    public Set<Long> withPendingRebind(Collection<Account> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "select r.account.id from RebindRequest r where r.account in :accounts"
                                + " and r.status = :pending",
                        Long.class)
                .setParameter("accounts", accounts)
                .setParameter("pending", RebindRequest.Status.PENDING)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    @Override
    public boolean hasProfilePhoto(Account account) {
        return !em.createQuery(
                        "select f.id from Account a join a.profilePhoto f"
                                + " where a = :account and f.purgedAt is null",
                        Long.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean isDeviceBound(String deviceId) {
        return !em.createQuery(
                        "select d.id from Device d where d.deviceId = :deviceId and d.releasedAt is null", Long.class)
                .setParameter("deviceId", deviceId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean isDeviceBoundToAnother(String deviceId, Account account) {
        return !em.createQuery(
                        "select d.id from Device d where d.deviceId = :deviceId and d.releasedAt is null"
                                + " and d.account <> :account",
                        Long.class)
                .setParameter("deviceId", deviceId)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public int revokeTokensOf(Account account, Instant at) {
        return em.createQuery("update ApiToken t set t.revokedAt = :at where t.account = :account"
                        + " and t.revokedAt is null")
                .setParameter("at", at)
                .setParameter("account", account)
                .executeUpdate();
    }

    @Override
    public ApiToken store(ApiToken token) {
        if (token.id() == null) {
            em.persist(token);
            return token;
        }
        return em.merge(token);
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<PresentedToken> findPresentedToken(String tokenHash) {
        // every API request starts here, outside a transaction: values, not entities to load and keep
        return em.createQuery(
                        "select new id.go.merangin.sapo.employee.PresentedToken(t.id, t.expiresAt,"
                                + " t.revokedAt, a.id, a.username, a.status, d.id, d.releasedAt, e.id, e.opd.id,"
                                + " e.appointmentDate, e.endDate, a.mustChangePassword)"
                                + " from ApiToken t join t.account a join t.device d left join a.employee e"
                                + " where t.tokenHash = :hash",
                        PresentedToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ActivationCode store(ActivationCode code) {
        if (code.id() == null) {
            em.persist(code);
            return code;
        }
        return em.merge(code);
    }

    @Override
    public Optional<ActivationCode> liveActivationCodeOf(Employee employee) {
        return em.createQuery(
                        "select c from ActivationCode c where c.employee = :employee and c.endedAt is null",
                        ActivationCode.class)
                .setParameter("employee", employee)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ActivationCode replaceActivationCode(Employee employee, ActivationCode code) {
        liveActivationCodeOf(employee).ifPresent(older -> older.end(code.issuedAt()));
        // the end must reach the database before the insert: one live code per ASN (activation_code_one_live)
        em.flush();
        return store(code);
    }

    @Override
    public List<Long> activeEmployeesWithoutAccount(long opdId) {
        return em.createQuery(
                        "select e.id from Employee e where e.opd.id = :opd and e.active = true"
                                + " and not exists (select a.id from Account a where a.employee = e) order by e.name, e.nip",
                        Long.class)
                .setParameter("opd", opdId)
                .getResultList();
    }

    @Override
    public RebindRequest store(RebindRequest request) {
        if (request.id() == null) {
            em.persist(request);
            return request;
        }
        return em.merge(request);
    }

    @Override
    public Optional<RebindRequest> findRebindRequest(long id) {
        return Optional.ofNullable(em.find(RebindRequest.class, id));
    }

    @Override
    public Optional<RebindRequest> pendingRebindOf(Account account) {
        return em.createQuery(
                        "select r from RebindRequest r where r.account = :account"
                                + " and r.status = :pending order by r.requestedAt desc",
                        RebindRequest.class)
                .setParameter("account", account)
                .setParameter("pending", RebindRequest.Status.PENDING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Device rebind(Account account, String deviceId, String model, Instant at) {
        boundDeviceOf(account).ifPresent(device -> device.release(at));
        // the release must reach the database before the insert, which Hibernate would otherwise order first
        em.flush();
        return store(new Device(account, deviceId, model, at));
    }

    @Override
    public int revokeTokensOfExcept(Account account, long kept, Instant at) {
        return em.createQuery("update ApiToken t set t.revokedAt = :at where t.account = :account"
                        + " and t.revokedAt is null and t.id <> :kept")
                .setParameter("at", at)
                .setParameter("account", account)
                .setParameter("kept", kept)
                .executeUpdate();
    }

    @Override
    public List<Account> officersOf(Collection<Long> opdIds) {
        if (opdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct a from Account a join fetch a.opd where a.employee is null"
                                + " and a.opd.id in :opds order by a.username",
                        Account.class)
                .setParameter("opds", opdIds)
                .getResultList();
    }

    @Override
    public Optional<AccountCode> liveCode(Account account, AccountCode.Purpose purpose) {
        return em.createQuery(
                        "select c from AccountCode c where c.account = :account and c.purpose = :purpose"
                                + " and c.endedAt is null",
                        AccountCode.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public AccountCode replaceCode(AccountCode code) {
        liveCode(code.account(), code.purpose()).ifPresent(live -> live.end(code.createdAt()));
        // the database allows one live code per account and purpose: the old one ends before the new one is kept
        em.flush();
        em.persist(code);
        return code;
    }

    @Override
    public CodeRequest store(CodeRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public long codeRequestsFrom(String client, AccountCode.Purpose purpose, Instant since) {
        return em.createQuery(
                        "select count(r) from CodeRequest r where r.client = :client"
                                + " and r.purpose = :purpose and r.requestedAt >= :since",
                        Long.class)
                .setParameter("client", client)
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public long codeRequestsFor(Account account, AccountCode.Purpose purpose, Instant since) {
        return em.createQuery(
                        "select count(r) from CodeRequest r where r.account = :account"
                                + " and r.purpose = :purpose and r.requestedAt >= :since",
                        Long.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public void replaceRecoveryCodes(Account account, List<RecoveryCode> codes) {
        deleteRecoveryCodes(account);
        codes.forEach(em::persist);
    }

    @Override
    public List<RecoveryCode> unusedRecoveryCodes(Account account) {
        return em.createQuery(
                        "select c from RecoveryCode c where c.account = :account and c.usedAt is null",
                        RecoveryCode.class)
                .setParameter("account", account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void deleteRecoveryCodes(Account account) {
        em.createQuery("delete from RecoveryCode c where c.account = :account")
                .setParameter("account", account)
                .executeUpdate();
    }
}
