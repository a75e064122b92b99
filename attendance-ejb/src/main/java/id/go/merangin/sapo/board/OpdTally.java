package id.go.merangin.sapo.board;

import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.recap.DayRules;

/**
 * One OPD's line on the board (or the total): how many ASN, who is in and how late, who is away or missing. Each
 * figure counts the rows of its {@link BoardCard}.
 */
public record OpdTally(
        Long opdId,
        String opdCode,
        String opdName,
        long employees,
        long checkedIn,
        long onTime,
        long tl1,
        long tl2,
        long tl3,
        long tl4,
        long notYetIn,
        long onLeave,
        long refusedAttempts) {

    static OpdTally empty(Long opdId, String opdCode, String opdName) {
        return new OpdTally(opdId, opdCode, opdName, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Checked in late, in any tier. */
    public long late() {
        return tl1 + tl2 + tl3 + tl4;
    }

    /** Share of the OPD's ASN in or excused, in whole percent. */
    public long percentAccounted() {
        return employees == 0 ? 0 : Math.round(100.0 * (checkedIn + onLeave) / employees);
    }

    OpdTally withEmployees(long count) {
        return new OpdTally(
                opdId,
                opdCode,
                opdName,
                count,
                checkedIn,
                onTime,
                tl1,
                tl2,
                tl3,
                tl4,
                notYetIn,
                onLeave,
                refusedAttempts);
    }

    /** Adds {@code count} check-ins made {@code lateMinutes} late, sorted into their tier by the domain rule. */
    OpdTally withCheckIns(int lateMinutes, long count, DayRules rules) {
        LatenessTier tier = rules.latenessTierOf(lateMinutes).orElse(null);
        return new OpdTally(
                opdId,
                opdCode,
                opdName,
                employees,
                checkedIn + count,
                onTime + (tier == null ? count : 0),
                tl1 + (tier == LatenessTier.TL1 ? count : 0),
                tl2 + (tier == LatenessTier.TL2 ? count : 0),
                tl3 + (tier == LatenessTier.TL3 ? count : 0),
                tl4 + (tier == LatenessTier.TL4 ? count : 0),
                notYetIn,
                onLeave,
                refusedAttempts);
    }

    OpdTally withNotYetIn(long count) {
        return new OpdTally(
                opdId,
                opdCode,
                opdName,
                employees,
                checkedIn,
                onTime,
                tl1,
                tl2,
                tl3,
                tl4,
                count,
                onLeave,
                refusedAttempts);
    }

    OpdTally withOnLeave(long count) {
        return new OpdTally(
                opdId,
                opdCode,
                opdName,
                employees,
                checkedIn,
                onTime,
                tl1,
                tl2,
                tl3,
                tl4,
                notYetIn,
                count,
                refusedAttempts);
    }

    OpdTally withRefusedAttempts(long count) {
        return new OpdTally(
                opdId, opdCode, opdName, employees, checkedIn, onTime, tl1, tl2, tl3, tl4, notYetIn, onLeave, count);
    }

    OpdTally plus(OpdTally other) {
        return new OpdTally(
                opdId,
                opdCode,
                opdName,
                employees + other.employees,
                checkedIn + other.checkedIn,
                onTime + other.onTime,
                tl1 + other.tl1,
                tl2 + other.tl2,
                tl3 + other.tl3,
                tl4 + other.tl4,
                notYetIn + other.notYetIn,
                onLeave + other.onLeave,
                refusedAttempts + other.refusedAttempts);
    }
}
