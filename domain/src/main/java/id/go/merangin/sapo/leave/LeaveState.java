package id.go.merangin.sapo.leave;

/** Where a leave request stands. */
public enum LeaveState {
    PENDING,
    APPROVED,
    REJECTED
}
