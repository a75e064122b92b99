package id.go.merangin.sapo.attendance;

/** The accepted event, and whether this request created it or found it (a repeat, or a retry with the same key). */
public record CheckInOutcome(AttendanceEventView event, boolean created) {}
