package id.go.merangin.sapo.attendance;

/** How the geofence rule answered a reported position; only {@link #INSIDE} lets the event be recorded. */
public enum GeofenceOutcome {
    /** Within one of the candidate fences, widened by the capped accuracy. */
    INSIDE,
    /** Outside every candidate fence, even widened by the capped accuracy. */
    OUTSIDE,
    /** The reported accuracy is worse than the policy's limit: the position is not used. */
    LOW_ACCURACY,
    /** The ASN has no office location to record attendance at. */
    NO_LOCATION
}
