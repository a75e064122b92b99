package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.EarlyLeaveTier;
import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.leave.LeaveType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The recap's verdict on one ASN's day, decided by {@link DayRules#codeOf}: the {@link DayKind}, and for a present
 * day the tiers and the minutes behind them, so a screen can say not only "TL1" but "20 minutes late, made up by
 * leaving 20 minutes later". Parts that do not apply are {@code null}, {@code false} or 0:
 *
 * @param checkIn the CHECK_IN the code rests on (present days only)
 * @param checkInManual whether that CHECK_IN was recorded by an admin
 * @param checkOut the CHECK_OUT the code rests on (present days only)
 * @param checkOutManual whether that CHECK_OUT was recorded by an admin
 * @param latenessTier the tier of the effective late minutes, or {@link LatenessTier#TL4} for a closed day without
 *     CHECK_IN
 * @param lateMinutes the working minutes late (the break is not working time, seconds dropped), before any make-up
 * @param effectiveLateMinutes the minutes late that count: 0 when made up, otherwise {@code lateMinutes}
 * @param madeUp whether the late minutes were cleared by leaving as much later
 * @param earlyLeaveTier the tier of the early-leave minutes, or {@link EarlyLeaveTier#PSW4} for a closed day without
 *     CHECK_OUT
 * @param earlyLeaveMinutes the working minutes the CHECK_OUT was before the end of the working day
 * @param ladderMinutes the minutes the day adds to the discipline ladder ({@link DisciplineLadder#minutesOfDay}):
 *     late after make-up, early, and for a missing event of a day that is over the time it stands for; at most a day
 * @param leaveType the approved request of an excused day
 * @param holiday the holiday of a holiday
 * @param closed whether the day is over; a code of a day not over yet may still change
 * @param missedApel whether a compulsory apel or upacara of the day was missed (a day over, neither excused nor TK;
 *     it may be a holiday, as 17 August is): the code {@code TA}
 */
public record DailyCode(
        LocalDate date,
        DayKind kind,
        LocalTime checkIn,
        boolean checkInManual,
        LocalTime checkOut,
        boolean checkOutManual,
        LatenessTier latenessTier,
        int lateMinutes,
        int effectiveLateMinutes,
        boolean madeUp,
        EarlyLeaveTier earlyLeaveTier,
        int earlyLeaveMinutes,
        int ladderMinutes,
        LeaveType leaveType,
        DayHoliday holiday,
        boolean closed,
        boolean missedApel) {

    /** Hadir: present with neither a lateness nor an early-leave tier. */
    public static final String PRESENT_CODE = "H";
    /** Tanpa keterangan. */
    public static final String ABSENT_CODE = "TK";
    /** Any holiday, national, cuti bersama or local. */
    public static final String HOLIDAY_CODE = "LIBUR";

    public DailyCode {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        require(lateMinutes >= 0 && earlyLeaveMinutes >= 0 && ladderMinutes >= 0, "minutes must not be negative");
        require(
                effectiveLateMinutes >= 0 && effectiveLateMinutes <= lateMinutes,
                "effective late minutes must lie between 0 and the late minutes");
        require(madeUp == (lateMinutes > 0 && effectiveLateMinutes == 0), "only late minutes cleared are made up");
        require(!checkInManual || checkIn != null, "a manual CHECK_IN needs its time");
        require(!checkOutManual || checkOut != null, "a manual CHECK_OUT needs its time");
        require(
                kind == DayKind.PRESENT
                        || (checkIn == null
                                && checkOut == null
                                && latenessTier == null
                                && earlyLeaveTier == null
                                && lateMinutes == 0
                                && earlyLeaveMinutes == 0
                                && ladderMinutes == 0),
                "only a present day has attendance, tiers and minutes");
        require(kind != DayKind.TK || closed, "a day not over yet is not TK");
        require(kind != DayKind.PENDING || !closed, "a day that is over is not pending");
        require((kind == DayKind.EXCUSED) == (leaveType != null), "an excused day, and only that, has a leave type");
        require((kind == DayKind.HOLIDAY) == (holiday != null), "a holiday, and only that, has a holiday");
        require(
                !missedApel || (closed && kind != DayKind.EXCUSED && kind != DayKind.TK),
                "only a day that is over, neither excused nor TK, misses an apel");
    }

    /** The same day without a missed apel: as before apel counted. */
    public DailyCode(
            LocalDate date,
            DayKind kind,
            LocalTime checkIn,
            boolean checkInManual,
            LocalTime checkOut,
            boolean checkOutManual,
            LatenessTier latenessTier,
            int lateMinutes,
            int effectiveLateMinutes,
            boolean madeUp,
            EarlyLeaveTier earlyLeaveTier,
            int earlyLeaveMinutes,
            int ladderMinutes,
            LeaveType leaveType,
            DayHoliday holiday,
            boolean closed) {
        this(
                date,
                kind,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                latenessTier,
                lateMinutes,
                effectiveLateMinutes,
                madeUp,
                earlyLeaveTier,
                earlyLeaveMinutes,
                ladderMinutes,
                leaveType,
                holiday,
                closed,
                false);
    }

    /**
     * The codes the recap shows for this day, in a stable order: {@code H} for present without a tier, otherwise
     * the lateness tier then the early-leave tier ({@code ["TL2", "PSW1"]}); {@code TK}; the leave type's name for
     * an excused day ({@code CUTI_TAHUNAN}, {@code DINAS_LUAR}, ...); {@code LIBUR} for a holiday; none for a day
     * off or a day still pending; and then {@code TA} for a compulsory apel missed ({@code ["H", "TA"]}).
     */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(
                switch (kind) {
                    case PRESENT ->
                        latenessTier == null && earlyLeaveTier == null
                                ? List.of(PRESENT_CODE)
                                : tiers().stream().map(DeductionCode::name).toList();
                    case TK -> List.of(ABSENT_CODE);
                    case EXCUSED -> List.of(leaveType.name());
                    case HOLIDAY -> List.of(HOLIDAY_CODE);
                    case OFF, PENDING -> List.<String>of();
                });
        if (missedApel) {
            codes.add(DeductionCode.TA.name());
        }
        return List.copyOf(codes);
    }

    /** The codes of this day that carry a deduction, in the order of {@link #codes()}. */
    public List<DeductionCode> charges() {
        List<DeductionCode> charges = new ArrayList<>(tiers());
        if (kind == DayKind.TK) {
            charges.add(DeductionCode.TK);
        }
        if (missedApel) {
            charges.add(DeductionCode.TA);
        }
        return List.copyOf(charges);
    }

    private List<DeductionCode> tiers() {
        List<DeductionCode> tiers = new ArrayList<>(2);
        if (latenessTier != null) {
            tiers.add(DeductionCode.of(latenessTier));
        }
        if (earlyLeaveTier != null) {
            tiers.add(DeductionCode.of(earlyLeaveTier));
        }
        return tiers;
    }

    /**
     * Every code a day can show, in the order the recap's columns take: {@code H}, {@code TL1}–{@code TL4},
     * {@code PSW1}–{@code PSW4}, {@code TK}, the leave types as {@link LeaveType} lists them, {@code LIBUR}.
     */
    public static List<String> allCodes() {
        List<String> codes = new ArrayList<>();
        codes.add(PRESENT_CODE);
        Arrays.stream(DeductionCode.values()).map(DeductionCode::name).forEach(codes::add);
        LeaveType.wholeDay().stream().map(LeaveType::name).forEach(codes::add);
        codes.add(HOLIDAY_CODE);
        return List.copyOf(codes);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
