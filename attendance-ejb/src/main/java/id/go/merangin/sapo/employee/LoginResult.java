package id.go.merangin.sapo.employee;

import java.time.Instant;

/** A bearer token for the phone and when it stops working. The token itself is never stored. */
public record LoginResult(String token, Instant expiresAt) {
}
