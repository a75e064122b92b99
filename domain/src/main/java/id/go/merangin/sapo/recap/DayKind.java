package id.go.merangin.sapo.recap;

/** What a day was for one ASN, the first thing the recap decides about it (see {@link DayRules#codeOf}). */
public enum DayKind {
    /** A workday with at least one CHECK_IN or CHECK_OUT; lateness and early-leave tiers may apply. */
    PRESENT,
    /** Tanpa keterangan: a closed workday without any attendance and without an approved request. */
    TK,
    /** A workday covered by approved leave, DL, diklat, WFA or the like: no deduction. */
    EXCUSED,
    /** A national holiday, cuti bersama or local holiday: no deduction, whatever was recorded. */
    HOLIDAY,
    /** A day without working hours for the ASN (a weekend, a shift worker's day off). */
    OFF,
    /** A workday that is not over yet and has no attendance so far: it may still become present, or TK. */
    PENDING
}
