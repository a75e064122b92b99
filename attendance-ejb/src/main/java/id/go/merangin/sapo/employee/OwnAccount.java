package id.go.merangin.sapo.employee;

import java.io.Serializable;

/** The logged-in officer's own account, as the page Akun saya shows it. */
public record OwnAccount(
        String username,
        String displayName,
        Role role,
        String opdName,
        String email,
        boolean emailVerified,
        boolean secondFactorNeeded,
        boolean secondFactorEnrolled,
        boolean mustChangePassword,
        int sessionGeneration)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
