package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.EarlyLeaveTier;
import id.go.merangin.sapo.attendance.Lateness;
import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one ASN's day becomes a {@link DailyCode}: the tier bands BKPSDMD set, whether late minutes can be made up
 * by leaving as much later the same day, and the {@link DisciplineLadder} that says what the day's minutes count.
 *
 * <p>The questions are asked in this order, and the first that answers decides the day:
 * <ol>
 * <li>a holiday is {@link DayKind#HOLIDAY}, whatever was recorded, even on a weekend, so a holiday is shown as
 * {@code LIBUR} on every day it falls on;</li>
 * <li>a day without working hours is {@link DayKind#OFF}; leave taken over a weekend therefore costs no leave day
 * in the recap;</li>
 * <li>approved leave is {@link DayKind#EXCUSED}, and any event recorded anyway is ignored (the app refuses them
 * with {@code ON_LEAVE}; one that slipped through must not turn an excused day into a late one);</li>
 * <li>no CHECK_IN and no CHECK_OUT is {@link DayKind#TK} once the day is over, {@link DayKind#PENDING} before
 * (an APEL alone does not make a day present);</li>
 * <li>otherwise the day is {@link DayKind#PRESENT}: the working minutes come from {@link Lateness}, less those an
 * approved part-day permit excuses (izin datang terlambat: before its time; izin pulang cepat: after it), the tiers from
 * {@link LatenessTier} and {@link EarlyLeaveTier}; a missing CHECK_IN is TL4 and a missing CHECK_OUT is PSW4 once
 * the day is over, and nothing before; both tiers may apply to the same day. A missing event of a day that is over
 * also stands, on the ladder, for the working time it left uncovered.</li>
 * </ol>
 *
 * <p>A compulsory apel or upacara missed adds {@code TA} to a day that is over and neither excused nor TK, whatever
 * else the day was (a holiday too: the 17 August upacara is on one).
 *
 * <p>Make-up is all or nothing: late minutes of at most {@code makeUpLimitMinutes} are cleared when the CHECK_OUT is
 * at least as many minutes after the end of the working day; a shorter stay clears none, since what is forgiven is a
 * late arrival worked off in full, not a part of one. Minutes after the end are read off the clock as late minutes
 * are, so 20 minutes late (07:50) is made up by a CHECK_OUT at 16:20:00, not at 16:19:59.
 */
public record DayRules(TierBands bands, boolean makeUpEnabled, int makeUpLimitMinutes, DisciplineLadder ladder) {

    /** The stable code of every refusal of impossible day rules. */

    /**
     * The default bands (1–30, 31–60, 61–90, above 90 minutes); up to 30 late minutes can be made up; the days'
     * minutes for the ladder as {@link DisciplineLadder#DEFAULT} counts them.
     */
    public static final DayRules DEFAULT = new DayRules(TierBands.DEFAULT, true, 30, DisciplineLadder.DEFAULT);

    public DayRules {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(ladder, "ladder");
        if (makeUpLimitMinutes < 0) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_DAY_RULES,
                    "the make-up limit must not be negative, not " + makeUpLimitMinutes,
                    Map.of("makeUpLimitMinutes", makeUpLimitMinutes));
        }
    }

    /** The code of the day {@code day} describes. */
    public DailyCode codeOf(DayFacts day) {
        Objects.requireNonNull(day, "day");
        if (day.holiday() != null) {
            return notPresent(day, DayKind.HOLIDAY, null, day.holiday());
        }
        if (day.schedule() == null) {
            return notPresent(day, DayKind.OFF, null, null);
        }
        if (day.leave() != null) {
            return notPresent(day, DayKind.EXCUSED, day.leave(), null);
        }
        if (day.checkIn() == null && day.checkOut() == null) {
            return notPresent(day, day.closed() ? DayKind.TK : DayKind.PENDING, null, null);
        }
        return present(day, day.schedule());
    }

    private DailyCode present(DayFacts day, DaySchedule schedule) {
        LocalTime checkIn = day.checkIn();
        LocalTime checkOut = day.checkOut();
        int lateMinutes = checkIn == null ? 0 : Lateness.lateMinutes(schedule, checkIn, day.arrivalExcusedUntil());
        boolean madeUp = checkOut != null && madeUp(lateMinutes, schedule, checkOut);
        int effectiveLateMinutes = madeUp ? 0 : lateMinutes;
        LatenessTier latenessTier;
        if (checkIn == null) {
            latenessTier = day.closed() ? LatenessTier.forMissingCheckIn() : null;
        } else {
            latenessTier = latenessTierOf(effectiveLateMinutes).orElse(null);
        }
        int earlyLeaveMinutes =
                checkOut == null ? 0 : Lateness.earlyLeaveMinutes(schedule, checkOut, day.leaveExcusedFrom());
        EarlyLeaveTier earlyLeaveTier;
        if (checkOut == null) {
            earlyLeaveTier = day.closed() ? EarlyLeaveTier.forMissingCheckOut() : null;
        } else {
            earlyLeaveTier = earlyLeaveTierOf(earlyLeaveMinutes).orElse(null);
        }
        // what a missing event of a day that is over left uncovered: up to the CHECK_OUT, or from the CHECK_IN
        boolean eventMissing = day.closed() && (checkIn == null || checkOut == null);
        int uncoveredMinutes = !eventMissing
                ? 0
                : checkIn == null
                        ? Lateness.lateMinutes(schedule, checkOut, day.arrivalExcusedUntil())
                        : Lateness.earlyLeaveMinutes(schedule, checkIn, day.leaveExcusedFrom());
        int ladderMinutes =
                ladder.minutesOfDay(effectiveLateMinutes, earlyLeaveMinutes, uncoveredMinutes, eventMissing);
        return new DailyCode(
                day.date(),
                DayKind.PRESENT,
                checkIn,
                day.checkInManual(),
                checkOut,
                day.checkOutManual(),
                latenessTier,
                lateMinutes,
                effectiveLateMinutes,
                madeUp,
                earlyLeaveTier,
                earlyLeaveMinutes,
                ladderMinutes,
                null,
                null,
                day.closed(),
                missedApel(day, DayKind.PRESENT));
    }

    /**
     * The lateness tier of {@code lateMinutes} under these bands: what a CHECK_IN shows while its day is not over
     * (make-up is only known at the CHECK_OUT), and what a present day's code shows for its minutes that count.
     */
    public Optional<LatenessTier> latenessTierOf(int lateMinutes) {
        return LatenessTier.forMinutes(lateMinutes, bands);
    }

    /** The early-leave tier of {@code earlyLeaveMinutes} under these bands. */
    public Optional<EarlyLeaveTier> earlyLeaveTierOf(int earlyLeaveMinutes) {
        return EarlyLeaveTier.forMinutes(earlyLeaveMinutes, bands);
    }

    private boolean madeUp(int lateMinutes, DaySchedule schedule, LocalTime checkOut) {
        if (!makeUpEnabled || lateMinutes == 0 || lateMinutes > makeUpLimitMinutes) {
            return false;
        }
        // The minutes after the end, whole minutes as the minutes late are.
        return Lateness.minutesAfterEnd(schedule, checkOut) >= lateMinutes;
    }

    private static DailyCode notPresent(DayFacts day, DayKind kind, LeaveType leaveType, DayHoliday holiday) {
        return new DailyCode(
                day.date(),
                kind,
                null,
                false,
                null,
                false,
                null,
                0,
                0,
                false,
                null,
                0,
                0,
                leaveType,
                holiday,
                day.closed(),
                missedApel(day, kind));
    }

    /**
     * Whether the day, over, misses a compulsory apel: not on an excused day (the leave covers it) nor on a TK day
     * (the absence is already priced), but on a holiday or a day off too (an upacara on 17 August).
     */
    private static boolean missedApel(DayFacts day, DayKind kind) {
        return day.apelRequired()
                && !day.apelAttended()
                && day.closed()
                && kind != DayKind.EXCUSED
                && kind != DayKind.TK
                && kind != DayKind.PENDING;
    }
}
