package id.go.merangin.sapo.employee;

/** Why an ASN's employment in the regency ended; the names are stable codes. */
public enum EmploymentEnd {
    /** Pensiun: reached the retirement age (batas usia pensiun) or retired on request. */
    PENSIUN,
    /** Meninggal dunia. */
    MENINGGAL,
    /** Diberhentikan: dismissed (for instance PDHTAPS after a discipline decision). */
    DIBERHENTIKAN,
    /** Pindah tugas keluar: moved to another government outside the regency. */
    PINDAH_KELUAR
}
