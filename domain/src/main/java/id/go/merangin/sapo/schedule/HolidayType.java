package id.go.merangin.sapo.schedule;

/** Why a date is not a working day. */
public enum HolidayType {
    /** Hari libur nasional. */
    NATIONAL,
    /** Cuti bersama, collective leave set by the joint ministerial decree. */
    CUTI_BERSAMA,
    /** A regional holiday set by the Bupati. */
    LOCAL
}
