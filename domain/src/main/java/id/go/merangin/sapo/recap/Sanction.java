package id.go.merangin.sapo.recap;

/**
 * The sanctions of PP 94/2021 on civil servants' discipline (Pasal 9–11) for not coming to work without a valid
 * reason, lightest first. SAPO shows which one an ASN's days call for; the sanction itself is decided and imposed
 * by the officials the regulation names, never by SAPO.
 */
public enum Sanction {
    /** Hukuman disiplin ringan: teguran lisan (3 days). */
    TEGURAN_LISAN,
    /** Hukuman disiplin ringan: teguran tertulis (4–6 days). */
    TEGURAN_TERTULIS,
    /** Hukuman disiplin ringan: pernyataan tidak puas secara tertulis (7–10 days). */
    PERNYATAAN_TIDAK_PUAS,
    /** Hukuman disiplin sedang: pemotongan tunjangan kinerja 25 % selama 6 bulan (11–13 days). */
    POTONGAN_TUNJANGAN_6_BULAN,
    /** Hukuman disiplin sedang: pemotongan tunjangan kinerja 25 % selama 9 bulan (14–16 days). */
    POTONGAN_TUNJANGAN_9_BULAN,
    /** Hukuman disiplin sedang: pemotongan tunjangan kinerja 25 % selama 12 bulan (17–20 days). */
    POTONGAN_TUNJANGAN_12_BULAN,
    /** Hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan (21–24 days). */
    PENURUNAN_JABATAN,
    /** Hukuman disiplin berat: pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan (25–27 days). */
    PEMBEBASAN_JABATAN,
    /**
     * Hukuman disiplin berat: pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS (PDHTAPS): 28
     * days or more in a year, or 10 working days in a row.
     */
    PDHTAPS
}
