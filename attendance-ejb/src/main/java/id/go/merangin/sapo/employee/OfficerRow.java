package id.go.merangin.sapo.employee;

import java.io.Serializable;

/**
 * An officer's account as the Pengguna screen lists it; {@code manageable} when the caller may change it (not their
 * own, within their reach and role).
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
        boolean manageable)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
