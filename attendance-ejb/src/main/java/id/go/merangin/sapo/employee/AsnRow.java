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
}
