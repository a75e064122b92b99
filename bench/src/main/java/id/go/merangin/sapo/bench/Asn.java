package id.go.merangin.sapo.bench;

/**
 * One prepared ASN as the phone knows them: the bearer token it logged in with, and where it stands when it checks
 * in (inside its OPD's fence, with the GPS accuracy it reports).
 *
 * @param employeeId the master record's id
 * @param nip the NIP, also the account's username
 * @param token the bearer token (only its SHA-256 is in the database)
 * @param latitude where the phone is
 * @param longitude where the phone is
 * @param accuracyM the GPS accuracy the phone reports
 */
public record Asn(long employeeId, String nip, String token, double latitude, double longitude, double accuracyM) {}
