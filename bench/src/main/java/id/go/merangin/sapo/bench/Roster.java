package id.go.merangin.sapo.bench;

import java.util.List;

/**
 * The prepared ASN. Their ids are contiguous ({@code firstEmployeeId} onwards, devices likewise), which lets the
 * pgbench baseline address them without a lookup.
 *
 * @param asn the ASN in preparation order
 * @param firstEmployeeId the id of the first one's master record
 * @param firstDeviceId the id of the first one's bound device
 * @param someLocationId an office location, for the baseline's rows
 */
public record Roster(List<Asn> asn, long firstEmployeeId, long firstDeviceId, long someLocationId) {

    public int size() {
        return asn.size();
    }

    /** The ASN from {@code from} (inclusive) to {@code to} (exclusive), as a roster of their own. */
    public Roster slice(int from, int to) {
        return new Roster(asn.subList(from, to), firstEmployeeId + from, firstDeviceId + from, someLocationId);
    }
}
