package id.go.merangin.sapo.board;

import id.go.merangin.sapo.employee.Employed;

/**
 * The board's figures and who stands behind each: every figure is defined once, as the rows of today that it counts
 * within the OPDs in reach ({@code :ids}, {@code :date}), so that the board's count of a card and the list of people
 * it opens are read from the same rows. {@link #CHECKED_IN} counted by its minutes gives the on-time and late figures
 * through the domain's tier bands; {@link #LATE} is its rows with a tier (1 minute or more: the bands give 0 minutes
 * none and every other a tier).
 */
public enum BoardCard {

    /** Every active ASN who works for the regency today (appointed, not gone). */
    EMPLOYEES(" from employee e join opd o on o.id = e.opd_id where" + Employed.sql("e", ":date", ":date")
            + " and e.opd_id in (:ids)"),

    /** The accepted CHECK_IN of today, one per ASN. */
    CHECKED_IN(BoardCard.CHECK_INS),

    LATE(BoardCard.CHECK_INS + " and ae.late_minutes > 0"),

    /** Neither in nor on approved leave (yet). */
    NOT_YET_IN(" from employee e join opd o on o.id = e.opd_id where" + Employed.sql("e", ":date", ":date")
            + " and e.opd_id in (:ids)"
            + " and e.id not in (" + BoardCard.CHECKED_IN_TODAY + ") and e.id not in (" + BoardCard.ON_LEAVE_TODAY
            + ")"),

    /** On approved leave and not checked in: a leave does not make an ASN count twice. */
    ON_LEAVE(" from employee e join opd o on o.id = e.opd_id where" + Employed.sql("e", ":date", ":date")
            + " and e.opd_id in (:ids)"
            + " and e.id in (" + BoardCard.ON_LEAVE_TODAY + ") and e.id not in (" + BoardCard.CHECKED_IN_TODAY + ")"),

    /** Refused attempts of today: an ASN refused twice is two attempts. */
    REFUSED(" from attendance_event ae join employee e on e.id = ae.employee_id join opd o on o.id = e.opd_id"
            + " where ae.work_date = :date and ae.decision = 'REFUSED' and e.opd_id in (:ids)");

    private static final String CHECK_INS = " from attendance_event ae join employee e on e.id = ae.employee_id"
            + " join opd o on o.id = e.opd_id where ae.work_date = :date and ae.event_type = 'CHECK_IN'"
            + " and ae.decision = 'ACCEPTED' and e.active and e.opd_id in (:ids)";

    /*
     * Who is in, and who is on leave, today, as sets of ids rather than correlated NOT EXISTS: PostgreSQL hashes
     * each set once (employee_id is never null), whatever the table's statistics; a correlated anti join may be
     * planned as a nested loop on the statistics of a table filled since the last ANALYZE.
     */
    private static final String CHECKED_IN_TODAY = "select ci.employee_id from attendance_event ci"
            + " where ci.work_date = :date and ci.event_type = 'CHECK_IN' and ci.decision = 'ACCEPTED'";

    /** On approved leave for the whole day (a part-day permit still expects the ASN, later or until earlier). */
    private static final String ON_LEAVE_TODAY = "select lr.employee_id from leave_request lr"
            + " where lr.state = 'APPROVED' and :date between lr.start_date and lr.end_date"
            + " and lr.permit_time is null";

    private final String rows;

    BoardCard(String rows) {
        this.rows = rows;
    }

    /** The SQL {@code from … where …} of the rows this figure counts (aliases {@code e}, {@code o}, maybe {@code ae}). */
    String rows() {
        return rows;
    }

    /** Whether each row is an attendance event ({@code ae}), rather than an ASN alone. */
    boolean ofEvents() {
        return this == CHECKED_IN || this == LATE || this == REFUSED;
    }
}
