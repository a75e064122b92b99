package id.go.merangin.sapo.leave;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of excused absence, named as the regulation names them; the names are stable API codes. Most excuse
 * whole days; the two part-day permits (izin datang terlambat, izin pulang cepat) excuse the minutes before or
 * after a time of one day, and the ASN still checks in and out that day.
 */
public enum LeaveType {
    IZIN,
    SAKIT,
    CUTI_TAHUNAN,
    CUTI_BESAR,
    CUTI_SAKIT,
    CUTI_MELAHIRKAN,
    CUTI_ALASAN_PENTING,
    CUTI_DILUAR_TANGGUNGAN_NEGARA,
    DINAS_LUAR,
    TUGAS_KEDINASAN,
    DIKLAT,
    TUGAS_BELAJAR,
    WFA,
    /** Izin datang terlambat: arriving until the permit's time costs no late minutes. */
    IZIN_DATANG_TERLAMBAT,
    /** Izin pulang cepat: leaving from the permit's time on costs no early-leave minutes. */
    IZIN_PULANG_CEPAT;

    private static final List<LeaveType> WHOLE_DAY =
            Arrays.stream(values()).filter(type -> !type.partDay()).toList();

    /** Whether this excuses part of one day (at a time) rather than whole days. */
    public boolean partDay() {
        return this == IZIN_DATANG_TERLAMBAT || this == IZIN_PULANG_CEPAT;
    }

    /** The types that excuse whole days, in order: each is a daily code of its own. */
    public static List<LeaveType> wholeDay() {
        return WHOLE_DAY;
    }
}
