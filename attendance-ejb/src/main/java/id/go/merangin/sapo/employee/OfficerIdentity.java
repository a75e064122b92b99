package id.go.merangin.sapo.employee;

import java.util.Set;

/**
 * An officer who logged in to the admin screens: who, with which roles, over which OPD, and the account's session
 * generation at that moment (a later password change or reset ends the session).
 */
public record OfficerIdentity(
        String username, String displayName, Set<Role> roles, long opdId, String opdName, int sessionGeneration) {}
