package id.go.merangin.sapo.employee;

/**
 * Which of {@link Credentials}' password rules an account's new password must keep: an ASN's may not hold the NIP
 * or the birth date, an officer's not the username.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {}

    /** Refuses with {@code WEAK_PASSWORD} a new password the account may not have. */
    public static void check(Account account, char[] password) {
        if (account.employee().isPresent()) {
            Employee employee = account.employee().get();
            Credentials.checkPassword(password, employee.nip(), employee.birthDate());
        } else {
            Credentials.checkPassword(password, account.username());
        }
    }
}
