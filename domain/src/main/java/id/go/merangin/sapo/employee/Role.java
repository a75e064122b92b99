package id.go.merangin.sapo.employee;

/**
 * What an account may do. The names are the security roles of the application (Jakarta Security groups), so they
 * are part of the deployment's contract.
 */
public enum Role {
    /** A civil servant who records their own attendance through the phone app. */
    ASN,
    /** Runs one OPD and its sub-units from the admin screens. */
    ADMIN_OPD,
    /** Head of an OPD: reads its board and recap, approves its staff's requests. */
    PIMPINAN,
    /** The regional HR agency: every OPD, schedules, holidays, rules, the month's lock and the audit log. */
    BKPSDMD
}
