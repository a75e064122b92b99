package id.go.merangin.sapo.employee;

import java.time.Instant;
import java.util.Optional;

/**
 * A bearer token as the check of every API request reads it: its own state, its account's and its device's, and
 * whose master record it is. Read in one query as plain values, not as the entities behind them: the check runs on
 * every request of the morning rush and changes nothing. The rules are the entities' own.
 *
 * @param employeeId the ASN's master record; empty for an account without one
 * @param opdId the OPD where that master record says the ASN works now
 */
public record PresentedToken(Long tokenId, Instant expiresAt, Instant revokedAt, Long accountId, String username,
        AccountStatus accountStatus, Long deviceId, Instant deviceReleasedAt, Long employeeId, Long opdId) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isUsableAt(Instant now) {
        return ApiToken.usable(revokedAt, expiresAt, now);
    }

    public boolean isDeviceBound() {
        return Device.bound(deviceReleasedAt);
    }

    public Optional<Long> employee() {
        return Optional.ofNullable(employeeId);
    }
}
