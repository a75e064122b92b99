package id.go.merangin.sapo.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link AccountRepository} on JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
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
}
