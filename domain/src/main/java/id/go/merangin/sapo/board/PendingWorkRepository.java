package id.go.merangin.sapo.board;

import java.util.Collection;

/**
 * Where the counts of work waiting for officers are read: registrations to verify, requests to move to a new phone,
 * leave requests to decide and open problem reports, of the ASN of some OPDs.
 */
public interface PendingWorkRepository {

    /** What waits among the ASN of {@code opdIds} (not empty), counted in one statement. */
    PendingCounts waitingIn(Collection<Long> opdIds);
}
