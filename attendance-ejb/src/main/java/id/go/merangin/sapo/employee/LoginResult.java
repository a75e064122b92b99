package id.go.merangin.sapo.employee;

import java.time.Instant;

/**
 * A bearer token for the phone and when it stops working; {@code mustChangePassword} when the admin OPD set the
 * password, which the ASN changes before anything else. The token itself is never stored.
 */
public record LoginResult(String token, Instant expiresAt, boolean mustChangePassword) {}
