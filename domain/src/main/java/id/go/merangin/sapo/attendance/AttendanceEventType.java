package id.go.merangin.sapo.attendance;

/**
 * The attendance events of a work day, in the order an ASN records them (masuk, istirahat, kembali, pulang).
 * {@link #BREAK_END} is only recorded where the day's schedule asks for it.
 */
public enum AttendanceEventType {
    CHECK_IN,
    BREAK_START,
    BREAK_END,
    CHECK_OUT
}
