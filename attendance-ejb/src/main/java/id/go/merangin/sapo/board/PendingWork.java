package id.go.merangin.sapo.board;

import id.go.merangin.sapo.employee.OfficerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What waits for an officer's decision within their reach, counted for the menu's badges: registrations to verify,
 * requests to move to a new phone, leave requests to decide and open problem reports. One statement of four counts
 * over indexed states ({@link PendingWorkRepository}), so that every page may show it.
 */
@Stateless
public class PendingWork {

    @Inject
    PendingWorkRepository pending;

    @Inject
    OfficerScope scope;

    public PendingCounts waiting() {
        List<Long> ids = List.copyOf(scope.visibleOpdIds(scope.current()));
        if (ids.isEmpty()) {
            return PendingCounts.NONE;
        }
        return pending.waitingIn(ids);
    }
}
