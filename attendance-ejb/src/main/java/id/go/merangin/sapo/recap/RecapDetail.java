package id.go.merangin.sapo.recap;

/** One ASN's month, day by day, with every deduction line and the rules version behind it: the recap traced. */
public record RecapDetail(long employeeId, String nip, String name, String opdName, MonthSummary summary) {}
