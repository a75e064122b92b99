package id.go.merangin.sapo.employee;

/** One ASN in the admin screens' list: the master record and how their phone account stands. */
public record AsnRow(
        long employeeId,
        String nip,
        String name,
        String opdCode,
        String opdName,
        String position,
        String rank,
        boolean active,
        Long accountId,
        AccountStatus accountStatus,
        String deviceModel,
        boolean rebindPending) {

    public boolean registered() {
        return accountId != null;
    }

    /** Registered from the app and waiting for the admin OPD's verification. */
    public boolean awaitsVerification() {
        return registered() && accountStatus.awaitsVerification();
    }

    /** Has an account an admin may lock. */
    public boolean lockable() {
        return registered() && accountStatus.lockable();
    }

    /** Has an account an admin locked, which an admin may unlock. */
    public boolean unlockable() {
        return registered() && accountStatus.unlockable();
    }

    /** Still works here and has no account yet: an activation code lets them register without the admin's check. */
    public boolean mayReceiveActivationCode() {
        return active && !registered();
    }
}
