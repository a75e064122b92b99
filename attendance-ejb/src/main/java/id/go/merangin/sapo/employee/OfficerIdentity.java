package id.go.merangin.sapo.employee;

import java.util.Set;

/** An officer who logged in to the admin screens: who, with which roles, over which OPD. */
public record OfficerIdentity(String username, String displayName, Set<Role> roles, long opdId, String opdName) {
}
