package id.go.merangin.sapo.employee;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ASN as their admin OPD sees them: the master record with when they work for the regency, the account with its registration photo (by file id,
 * served only to those allowed), the bound phone and a rebind request waiting for a decision.
 */
public record AsnDetail(
        AsnRow row,
        LocalDate birthDate,
        Employment employment,
        String email,
        Instant registeredAt,
        Long photoId,
        String deviceId,
        Instant deviceBoundAt,
        PendingRebind rebind) {

    /** A request to move the account to a new phone. */
    public record PendingRebind(long id, String deviceId, String deviceModel, String reason, Instant requestedAt) {}
}
