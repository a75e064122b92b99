package id.go.merangin.sapo.attendance;

/**
 * The attendance events of a work day, in the order an ASN records them (masuk, istirahat, kembali, pulang).
 * {@link #BREAK_END} is only recorded where the day's schedule asks for it; {@link #APEL} only on a day with an apel
 * or upacara for the ASN, in its window and at its place.
 */
public enum AttendanceEventType {
    CHECK_IN,
    BREAK_START,
    BREAK_END,
    CHECK_OUT,
    /** Attending an apel or upacara (see {@code Apel}). */
    APEL
}
