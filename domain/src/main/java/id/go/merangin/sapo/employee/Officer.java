package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reach of whoever works the admin screens, decided once for every service: BKPSDMD sees and changes every OPD;
 * an admin OPD sees and changes its own OPD and the sub-units below it; a pimpinan sees its own OPD and sub-units,
 * changes nothing, and decides its staff's requests.
 *
 * <p>Another OPD's record is refused with {@code FORBIDDEN_OPD}, so a screen shows an error page, never the data.
 */
public record Officer(String username, Role role, Opd opd) {

    public Officer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.ASN) {
            throw new IllegalArgumentException("an ASN is not an officer");
        }
        if (opd == null && role != Role.BKPSDMD) {
            throw new IllegalArgumentException("an admin OPD or pimpinan belongs to an OPD");
        }
    }

    /** The officer of an account with these roles: the widest role wins when an account holds several. */
    public static Officer of(String username, Set<Role> roles, Opd opd) {
        Role widest = widest(roles);
        if (widest == null) {
            throw new AccessDeniedException(ProblemCode.NOT_AN_OFFICER, username + " is not an officer");
        }
        return new Officer(username, widest, opd);
    }

    /** The widest officer's role of these roles; {@code null} when there is none (an ASN's account). */
    public static Role widest(Set<Role> roles) {
        return roles.contains(Role.BKPSDMD)
                ? Role.BKPSDMD
                : roles.contains(Role.ADMIN_OPD)
                        ? Role.ADMIN_OPD
                        : roles.contains(Role.PIMPINAN) ? Role.PIMPINAN : null;
    }

    public boolean seesEveryOpd() {
        return role == Role.BKPSDMD;
    }

    public boolean canSee(Opd unit) {
        return seesEveryOpd() || unit.isSameOrDescendantOf(opd);
    }

    public boolean canManage(Opd unit) {
        return role == Role.BKPSDMD || (role == Role.ADMIN_OPD && unit.isSameOrDescendantOf(opd));
    }

    /** Leave requests are decided by the ASN's admin OPD or pimpinan, or by BKPSDMD. */
    public boolean canDecideRequestsOf(Opd unit) {
        return canSee(unit);
    }

    public void requireSee(Opd unit) {
        if (!canSee(unit)) {
            throw forbidden(unit);
        }
    }

    public void requireManage(Opd unit) {
        if (!canSee(unit)) {
            throw forbidden(unit);
        }
        if (!canManage(unit)) {
            throw new AccessDeniedException(
                    ProblemCode.READ_ONLY, username + " may read but not change " + unit.code());
        }
    }

    public void requireDecideRequestsOf(Opd unit) {
        if (!canDecideRequestsOf(unit)) {
            throw forbidden(unit);
        }
    }

    /** Selfies and registration photos are private to the ASN, their admin OPD and BKPSDMD: not the pimpinan. */
    public boolean canSeePhotosOf(Opd unit) {
        return canManage(unit);
    }

    /**
     * Opening a stored file of an ASN of {@code unit}: photos as {@link #canSeePhotosOf}, a leave letter for whoever
     * decides the request.
     */
    public void requireOpen(FilePurpose purpose, Opd unit) {
        boolean allowed = purpose == FilePurpose.LEAVE_ATTACHMENT ? canDecideRequestsOf(unit) : canSeePhotosOf(unit);
        if (!allowed) {
            throw forbidden(unit);
        }
    }

    /**
     * Creating or changing an officer of {@code role} in {@code unit}: BKPSDMD gives any officer's role in any OPD; an
     * admin OPD gives admin OPD and pimpinan in its own OPD and sub-units, never BKPSDMD; a pimpinan gives nothing.
     */
    public void requireGrant(Role granted, Opd unit) {
        if (granted == Role.ASN) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_ROLE, "an ASN's account is made by registering from the phone");
        }
        requireManage(unit);
        if (granted == Role.BKPSDMD && role != Role.BKPSDMD) {
            throw new AccessDeniedException(
                    ProblemCode.ROLE_NOT_GRANTABLE, username + " may not give the role " + granted);
        }
    }

    /**
     * Changing the officer {@code target} (role, OPD, lock, password, second factor): only one this officer could
     * have created, and never their own account, so that nobody raises or frees themselves.
     */
    public void requireManageOfficer(String target, Set<Role> targetRoles, Opd targetOpd) {
        if (target.equals(username)) {
            throw new AccessDeniedException(
                    ProblemCode.OWN_ACCOUNT, username + " may not change their own account here");
        }
        requireManage(targetOpd);
        if (targetRoles.contains(Role.BKPSDMD) && role != Role.BKPSDMD) {
            throw new AccessDeniedException(
                    ProblemCode.ROLE_NOT_GRANTABLE, username + " may not change a BKPSDMD officer");
        }
    }

    public void requireBkpsdmd() {
        if (role != Role.BKPSDMD) {
            throw new AccessDeniedException(ProblemCode.BKPSDMD_ONLY, "only BKPSDMD may do this, not " + username);
        }
    }

    private AccessDeniedException forbidden(Opd unit) {
        return new AccessDeniedException(
                ProblemCode.FORBIDDEN_OPD, username + " may not see OPD " + unit.code(), Map.of("opd", unit.code()));
    }
}
