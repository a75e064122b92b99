package id.go.merangin.sapo.employee;

/** The account a registration made: pending verification by the admin OPD, or active at once. */
public record RegistrationResult(long accountId, String nip, String name, String opdName, AccountStatus status) {}
