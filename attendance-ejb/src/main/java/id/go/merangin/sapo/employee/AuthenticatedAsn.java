package id.go.merangin.sapo.employee;

/**
 * Who is calling the mobile API, as the bearer token proved it: the account, the ASN's master record, the bound
 * phone and the OPD where the master record says the ASN works now. The services take it instead of trusting any id
 * sent in a request body.
 */
public record AuthenticatedAsn(long accountId, long employeeId, long deviceId, long opdId, long tokenId, String nip) {}
