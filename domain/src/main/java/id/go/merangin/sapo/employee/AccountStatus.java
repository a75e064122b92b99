package id.go.merangin.sapo.employee;

/** Where an account stands in its life: registered and waiting, usable, or switched off by an admin. */
public enum AccountStatus {
    /** Registered from the app; waits for the admin OPD to verify it. */
    PENDING,
    ACTIVE,
    /** Locked by an admin until unlocked (a temporary lockout after wrong passwords is kept apart). */
    LOCKED,
    DISABLED;

    /** Waits for the admin OPD to verify the registration (verified, not unlocked). */
    public boolean awaitsVerification() {
        return this == PENDING;
    }

    /** May be locked by an admin: only a usable account is. */
    public boolean lockable() {
        return this == ACTIVE;
    }

    /** Was locked by an admin and may be unlocked by one. */
    public boolean unlockable() {
        return this == LOCKED;
    }
}
