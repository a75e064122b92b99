package id.go.merangin.sapo.leave;

/** The kinds of excused absence, named as the regulation names them; the names are stable API codes. */
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
    WFA
}
