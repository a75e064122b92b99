package id.go.merangin.sapo.recap;

/** One ASN's line in an OPD's monthly recap. */
public record RecapRow(long employeeId, String nip, String name, MonthRecapView recap) {}
