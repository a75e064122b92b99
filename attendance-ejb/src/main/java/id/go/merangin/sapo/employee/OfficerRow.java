package id.go.merangin.sapo.employee;

import java.io.Serializable;

/**
 * An officer's account as the Pengguna screen lists it; {@code manageable} when the caller may change it (not their
 * own, within their reach and role); {@code lockable} and {@code unlockable} as {@link Account#canBeLocked()} and
 * {@link Account#canBeUnlockedAt} say.
 */
public record OfficerRow(
        long id,
        String username,
        String displayName,
        String email,
        boolean emailVerified,
        Role role,
        String opdCode,
        String opdName,
        AccountStatus status,
        boolean lockedOut,
        boolean secondFactorRequired,
        boolean secondFactorEnrolled,
        boolean mustChangePassword,
        boolean manageable,
        boolean lockable,
        boolean unlockable)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
