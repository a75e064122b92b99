package id.go.merangin.sapo.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** {@link AccountRepository} on JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
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
        if (device.id() == null) {
            em.persist(device);
            return device;
        }
        return em.merge(device);
    }

    @Override
    public Optional<Device> boundDeviceOf(Account account) {
        return em.createQuery("select d from Device d where d.account = :account and d.releasedAt is null",
                        Device.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean hasProfilePhoto(Account account) {
        return !em.createQuery("select f.id from Account a join a.profilePhoto f"
                        + " where a = :account and f.purgedAt is null", Long.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean isDeviceBound(String deviceId) {
        return !em.createQuery("select d.id from Device d where d.deviceId = :deviceId and d.releasedAt is null",
                        Long.class)
                .setParameter("deviceId", deviceId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
        return em.createQuery("select new id.go.merangin.sapo.employee.PresentedToken(t.id, t.expiresAt,"
                        + " t.revokedAt, a.id, a.username, a.status, d.id, d.releasedAt, e.id, e.opd.id)"
                        + " from ApiToken t join t.account a join t.device d left join a.employee e"
                        + " where t.tokenHash = :hash", PresentedToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
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
        return em.createQuery("select r from RebindRequest r where r.account = :account"
                        + " and r.status = :pending order by r.requestedAt desc", RebindRequest.class)
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
}
