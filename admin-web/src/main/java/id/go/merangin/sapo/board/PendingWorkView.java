package id.go.merangin.sapo.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The menu's badges: how much work waits for the officer on each screen, read once per page (one statement) and only
 * when the menu is drawn, so an AJAX request costs nothing. No badge when nothing waits.
 */
@Named
@RequestScoped
public class PendingWorkView {

    @Inject
    PendingWork work;

    private PendingCounts counts;

    /** Registrations to verify and moves to a new phone: both are decided on the ASN screens. */
    public String getAsn() {
        return badge(counts().registrations() + counts().phoneMoves());
    }

    public String getLeave() {
        return badge(counts().leaveRequests());
    }

    public String getProblems() {
        return badge(counts().problemReports());
    }

    private PendingCounts counts() {
        if (counts == null) {
            counts = work.waiting();
        }
        return counts;
    }

    private static String badge(long count) {
        return count == 0 ? null : String.valueOf(count);
    }
}
