package id.go.merangin.sapo.employee;

import java.util.Optional;

/** Where accounts and the phones bound to them are kept. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmployee(Employee employee);

    Account store(Account account);

    Device store(Device device);

    Optional<Device> boundDeviceOf(Account account);
}
