package id.go.merangin.sapo.employee;

/** Where an account stands in its life: registered and waiting, usable, or switched off by an admin. */
public enum AccountStatus {
    /** Registered from the app; waits for the admin OPD to verify it. */
    PENDING,
    ACTIVE,
    /** Locked by an admin until unlocked (a temporary lockout after wrong passwords is kept apart). */
    LOCKED,
    DISABLED
}
