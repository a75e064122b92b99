package id.go.merangin.sapo.board;

/** How much of each kind of work waits for an officer's decision. */
public record PendingCounts(long registrations, long phoneMoves, long leaveRequests, long problemReports) {

    public static final PendingCounts NONE = new PendingCounts(0, 0, 0, 0);
}
