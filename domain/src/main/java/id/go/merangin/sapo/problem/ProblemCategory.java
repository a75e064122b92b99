package id.go.merangin.sapo.problem;

/** What a problem report is about, as the app offers it; the names are stable API codes. */
public enum ProblemCategory {
    /** The GPS position or the office fence: refused as outside, too inaccurate, mocked. */
    LOKASI_GPS,
    /** The app itself: an error, a crash, a screen that does not load. */
    APLIKASI,
    /** The phone: camera, a new phone, the binding to the account. */
    PERANGKAT,
    /** The working hours or windows, a holiday, a shift. */
    JADWAL,
    /** Anything else. */
    LAINNYA
}
