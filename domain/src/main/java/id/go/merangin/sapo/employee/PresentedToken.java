package id.go.merangin.sapo.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A bearer token as the check of every API request reads it: its own state, its account's and its device's, and
 * whose master record it is. Read in one query as plain values, not as the entities behind them: the check runs on
 * every request of the morning rush and changes nothing. The rules are the entities' own.
 *
 * @param employeeId the ASN's master record; empty for an account without one
 * @param opdId the OPD where that master record says the ASN works now
 * @param employmentStart the ASN's appointment date; {@code null} for an account without a master record
 * @param employmentEnd the last day the ASN worked for the regency; {@code null} while employed
 * @param mustChangePassword the account's password was set by an admin and waits to be changed
 */
public record PresentedToken(
        Long tokenId,
        Instant expiresAt,
        Instant revokedAt,
        Long accountId,
        String username,
        AccountStatus accountStatus,
        Long deviceId,
        Instant deviceReleasedAt,
        Long employeeId,
        Long opdId,
        LocalDate employmentStart,
        LocalDate employmentEnd,
        boolean mustChangePassword) {

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

    /** Whether the ASN works for the regency on {@code date} ({@link Employment}); an account without one does. */
    public boolean isEmployedOn(LocalDate date) {
        return employmentStart == null || Employment.covers(employmentStart, employmentEnd, date);
    }
}
