package id.go.merangin.sapo.recap;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.attendance.EarlyLeaveTier;
import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.WorkWeek;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DayRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 2, 2);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 2, 7);
    private static final LocalDate RAMADAN_MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate NYEPI = LocalDate.of(2026, 3, 19);
    private static final LocalDate IDUL_FITRI_SATURDAY = LocalDate.of(2026, 3, 21);

    /** Ramadan 1447 H, Monday to Thursday: 08:00–15:00 with half an hour's break. */
    private static final DaySchedule RAMADAN = new DaySchedule(of(8, 0), of(15, 0), of(12, 0), of(12, 30), false);

    private static final WorkWeek WEEK = WorkWeek.standard();
    private static final DayRules RULES = DayRules.DEFAULT;

    @ParameterizedTest
    @CsvSource({
        "07:00, 0, H",
        "07:30, 0, H",
        "07:30:59, 0, H",
        "07:31, 1, TL1",
        "08:00, 30, TL1",
        "08:00:59, 30, TL1",
        "08:01, 31, TL2",
        "08:30, 60, TL2",
        "08:31, 61, TL3",
        "09:00, 90, TL3",
        "09:01, 91, TL4",
        "11:00, 210, TL4"
    })
    void bandsTheMinutesLateOfAMondayIntoTiers(LocalTime checkIn, int lateMinutes, String code) {
        DailyCode day = RULES.codeOf(monday().withCheckIn(checkIn).withCheckOut(of(16, 0)));

        assertThat(day.kind()).isEqualTo(DayKind.PRESENT);
        assertThat(day.lateMinutes()).isEqualTo(lateMinutes);
        assertThat(day.effectiveLateMinutes()).isEqualTo(lateMinutes);
        assertThat(day.madeUp()).isFalse();
        assertThat(day.earlyLeaveTier()).isNull();
        assertThat(day.codes()).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource({"09:00, 0, H", "09:00:59, 0, H", "09:01, 1, TL1", "09:31, 31, TL2", "08:00, 0, H", "13:30, 210, TL4"})
    void excusesTheMinutesBeforeAnIzinDatangTerlambat(LocalTime checkIn, int lateMinutes, String code) {
        // excused until 09:00 on a Monday starting 07:30: only the working minutes after 09:00 count, and the break
        // is not working time (13:30 is 09:00-12:00 and 13:00-13:30 late)
        DailyCode day = RULES.codeOf(monday().withPermit(LeaveType.IZIN_DATANG_TERLAMBAT, of(9, 0))
                .withCheckIn(checkIn)
                .withCheckOut(of(16, 0)));

        assertThat(day.kind()).isEqualTo(DayKind.PRESENT);
        assertThat(day.lateMinutes()).isEqualTo(lateMinutes);
        assertThat(day.codes()).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource({
        "14:00, 0, H",
        "13:59:30, 0, H",
        "13:59, 1, PSW1",
        "13:00, 60, PSW2",
        "12:30, 60, PSW2",
        "11:00, 120, PSW4",
        "16:00, 0, H"
    })
    void excusesTheMinutesAfterAnIzinPulangCepat(LocalTime checkOut, int earlyLeaveMinutes, String code) {
        // excused from 14:00 on a Monday ending 16:00, break 12:00-13:00: leaving at 12:30 misses 13:00-14:00 only
        DailyCode day = RULES.codeOf(monday().withPermit(LeaveType.IZIN_PULANG_CEPAT, of(14, 0))
                .withCheckIn(of(7, 25))
                .withCheckOut(checkOut));

        assertThat(day.earlyLeaveMinutes()).isEqualTo(earlyLeaveMinutes);
        assertThat(day.codes()).containsExactly(code);
    }

    @Test
    void aCompulsoryApelMissedIsTaBesideWhateverElseTheDayWas() {
        DailyCode onTime = RULES.codeOf(
                monday().withCheckIn(of(7, 20)).withCheckOut(of(16, 0)).withCompulsoryApel(false));
        DailyCode late = RULES.codeOf(
                monday().withCheckIn(of(8, 10)).withCheckOut(of(16, 0)).withCompulsoryApel(false));
        DailyCode attended = RULES.codeOf(
                monday().withCheckIn(of(7, 20)).withCheckOut(of(16, 0)).withCompulsoryApel(true));
        DailyCode upacara = RULES.codeOf(DayFacts.on(LocalDate.of(2026, 8, 17), WEEK)
                .withHoliday(HolidayType.NATIONAL, "HUT RI")
                .withCompulsoryApel(false));

        assertThat(onTime.codes()).containsExactly("H", "TA");
        assertThat(onTime.charges()).containsExactly(DeductionCode.TA);
        assertThat(late.codes()).containsExactly("TL2", "TA");
        assertThat(attended.codes()).containsExactly("H");
        assertThat(upacara.codes()).as("the 17 August upacara, on a holiday").containsExactly("LIBUR", "TA");
    }

    @Test
    void aMissedApelIsNotTaOnAnExcusedOrTkDayNorBeforeTheDayIsOver() {
        assertThat(RULES.codeOf(monday().withLeave(LeaveType.DINAS_LUAR).withCompulsoryApel(false))
                        .codes())
                .containsExactly("DINAS_LUAR");
        assertThat(RULES.codeOf(monday().withCompulsoryApel(false)).codes())
                .as("TK prices the absence")
                .containsExactly("TK");
        assertThat(RULES.codeOf(monday().withCheckIn(of(7, 20))
                                .withCompulsoryApel(false)
                                .stillOpen())
                        .codes())
                .containsExactly("H");
    }

    @Test
    void aPermitExcusesMinutesNotTheEventItself() {
        DailyCode noCheckIn = RULES.codeOf(
                monday().withPermit(LeaveType.IZIN_DATANG_TERLAMBAT, of(10, 0)).withCheckOut(of(16, 0)));
        DailyCode noCheckOut = RULES.codeOf(
                monday().withPermit(LeaveType.IZIN_PULANG_CEPAT, of(14, 0)).withCheckIn(of(7, 30)));

        assertThat(noCheckIn.codes()).containsExactly("TL4");
        // the day from 10:00 to 16:00 less the break: what the permit did not excuse
        assertThat(noCheckIn.ladderMinutes()).isEqualTo(300);
        assertThat(noCheckOut.codes()).containsExactly("PSW4");
        // 07:30 to 14:00 less the break
        assertThat(noCheckOut.ladderMinutes()).isEqualTo(330);
        assertThatThrownBy(() -> monday().withPermit(LeaveType.CUTI_TAHUNAN, of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "23:59, 0, H",
        "16:00, 0, H",
        "15:59:30, 0, H",
        "15:59, 1, PSW1",
        "15:30, 30, PSW1",
        "15:29:01, 30, PSW1",
        "15:29, 31, PSW2",
        "15:00, 60, PSW2",
        "14:59, 61, PSW3",
        "14:30, 90, PSW3",
        "14:29, 91, PSW4",
        "13:00, 180, PSW4"
    })
    void bandsTheMinutesLeftEarlyOnAMondayIntoTiers(LocalTime checkOut, int earlyLeaveMinutes, String code) {
        DailyCode day = RULES.codeOf(monday().withCheckIn(of(7, 25)).withCheckOut(checkOut));

        assertThat(day.earlyLeaveMinutes()).isEqualTo(earlyLeaveMinutes);
        assertThat(day.latenessTier()).isNull();
        assertThat(day.codes()).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource({
        "07:50, 16:20, 20, 0, true, H",
        "07:50:40, 16:20, 20, 0, true, H",
        "07:50, 16:19:59, 20, 20, false, TL1",
        "07:50, 16:10, 20, 20, false, TL1",
        "07:31, 16:01, 1, 0, true, H",
        "08:00, 16:30, 30, 0, true, H",
        "08:00, 16:29, 30, 30, false, TL1",
        "08:01, 17:00, 31, 31, false, TL2",
        "08:01, 23:59, 31, 31, false, TL2",
        "07:50, 15:50, 20, 20, false, TL1 PSW1"
    })
    void clearsUpToThirtyLateMinutesOnlyWhenLeftAsMuchLater(
            LocalTime checkIn,
            LocalTime checkOut,
            int lateMinutes,
            int effectiveLateMinutes,
            boolean madeUp,
            String codes) {
        DailyCode day = RULES.codeOf(monday().withCheckIn(checkIn).withCheckOut(checkOut));

        assertThat(day.lateMinutes()).isEqualTo(lateMinutes);
        assertThat(day.effectiveLateMinutes()).isEqualTo(effectiveLateMinutes);
        assertThat(day.madeUp()).isEqualTo(madeUp);
        assertThat(day.codes()).containsExactly(codes.split(" "));
    }

    @Test
    void keepsTheLatenessWhenMakeUpIsSwitchedOff() {
        DayRules noMakeUp = new DayRules(TierBands.DEFAULT, false, 30, DisciplineLadder.DEFAULT);

        DailyCode day = noMakeUp.codeOf(monday().withCheckIn(of(7, 50)).withCheckOut(of(16, 20)));

        assertThat(day.madeUp()).isFalse();
        assertThat(day.effectiveLateMinutes()).isEqualTo(20);
        assertThat(day.codes()).containsExactly("TL1");
    }

    @Test
    void clearsTheLatenessUpToAConfiguredLimit() {
        DayRules longer = new DayRules(TierBands.DEFAULT, true, 45, DisciplineLadder.DEFAULT);

        DailyCode day = longer.codeOf(monday().withCheckIn(of(8, 15)).withCheckOut(of(16, 45)));

        assertThat(day.lateMinutes()).isEqualTo(45);
        assertThat(day.madeUp()).isTrue();
        assertThat(day.codes()).containsExactly("H");
    }

    @Test
    void clearsNothingWithALimitOfZero() {
        DayRules none = new DayRules(TierBands.DEFAULT, true, 0, DisciplineLadder.DEFAULT);

        assertThat(none.codeOf(monday().withCheckIn(of(7, 31)).withCheckOut(of(17, 0)))
                        .codes())
                .containsExactly("TL1");
    }

    @Test
    void tiersByTheConfiguredBands() {
        DayRules strict = new DayRules(new TierBands(15, 30, 45), true, 15, DisciplineLadder.DEFAULT);

        DailyCode day = strict.codeOf(monday().withCheckIn(of(7, 50)).withCheckOut(of(16, 20)));

        assertThat(day.madeUp()).isFalse();
        assertThat(day.codes()).containsExactly("TL2");
    }

    @Test
    void endsFridayAtHalfPastFour() {
        DayFacts friday = DayFacts.on(FRIDAY, WEEK).withCheckIn(of(7, 30));

        assertThat(RULES.codeOf(friday.withCheckOut(of(16, 30))).codes()).containsExactly("H");
        DailyCode leftAtFour = RULES.codeOf(friday.withCheckOut(of(16, 0)));
        assertThat(leftAtFour.earlyLeaveMinutes()).isEqualTo(30);
        assertThat(leftAtFour.codes()).containsExactly("PSW1");
    }

    @Test
    void makesUpAFridayLatenessAfterHalfPastFour() {
        DayFacts friday = DayFacts.on(FRIDAY, WEEK).withCheckIn(of(7, 45));

        assertThat(RULES.codeOf(friday.withCheckOut(of(16, 45))).madeUp()).isTrue();
        assertThat(RULES.codeOf(friday.withCheckOut(of(16, 44))).codes()).containsExactly("TL1");
    }

    @Test
    void countsLatenessFromEightInRamadan() {
        DayFacts ramadan = DayFacts.on(RAMADAN_MONDAY, RAMADAN);

        assertThat(RULES.codeOf(ramadan.withCheckIn(of(7, 55)).withCheckOut(of(15, 0)))
                        .codes())
                .containsExactly("H");
        DailyCode quarterPast = RULES.codeOf(ramadan.withCheckIn(of(8, 15)).withCheckOut(of(15, 0)));
        assertThat(quarterPast.lateMinutes()).isEqualTo(15);
        assertThat(quarterPast.codes()).containsExactly("TL1");
        DailyCode sameTimesOnANormalMonday =
                RULES.codeOf(monday().withCheckIn(of(8, 15)).withCheckOut(of(15, 0)));
        assertThat(sameTimesOnANormalMonday.codes()).containsExactly("TL2", "PSW2");
    }

    @Test
    void endsARamadanDayAtThree() {
        DailyCode day = RULES.codeOf(
                DayFacts.on(RAMADAN_MONDAY, RAMADAN).withCheckIn(of(7, 58)).withCheckOut(of(14, 45)));

        assertThat(day.earlyLeaveMinutes()).isEqualTo(15);
        assertThat(day.codes()).containsExactly("PSW1");
    }

    @Test
    void showsAHolidayAsLiburWhateverWasRecorded() {
        DayFacts nyepi = DayFacts.on(NYEPI, WEEK)
                .withHoliday(HolidayType.NATIONAL, "Hari Suci Nyepi")
                .withManualCheckIn(of(9, 40))
                .withCheckOut(of(14, 0));

        DailyCode day = RULES.codeOf(nyepi);

        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.codes()).containsExactly("LIBUR");
        assertThat(day.charges()).isEmpty();
        assertThat(day.holiday()).isEqualTo(new DayHoliday(HolidayType.NATIONAL, "Hari Suci Nyepi"));
        assertThat(day.lateMinutes()).isZero();
        assertThat(day.earlyLeaveMinutes()).isZero();
        assertThat(day.latenessTier()).isNull();
        assertThat(day.checkIn()).isNull();
        assertThat(day.checkInManual()).isFalse();
    }

    @Test
    void showsCutiBersamaAsLiburNotTk() {
        DailyCode day = RULES.codeOf(DayFacts.on(LocalDate.of(2026, 3, 23), WEEK)
                .withHoliday(HolidayType.CUTI_BERSAMA, "Cuti Bersama Idul Fitri 1447 H"));

        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.codes()).containsExactly("LIBUR");
        assertThat(day.holiday().type()).isEqualTo(HolidayType.CUTI_BERSAMA);
    }

    @Test
    void showsAHolidayOnASaturdayAsLibur() {
        DailyCode day = RULES.codeOf(
                DayFacts.on(IDUL_FITRI_SATURDAY, WEEK).withHoliday(HolidayType.NATIONAL, "Idul Fitri 1447 H"));

        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void letsAHolidayWinOverLeave() {
        DailyCode day = RULES.codeOf(DayFacts.on(NYEPI, WEEK)
                .withLeave(LeaveType.CUTI_TAHUNAN)
                .withHoliday(HolidayType.NATIONAL, "Hari Suci Nyepi"));

        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.leaveType()).isNull();
    }

    @Test
    void excusesADayOfCutiTahunanWithoutDeduction() {
        DailyCode day = RULES.codeOf(monday().withLeave(LeaveType.CUTI_TAHUNAN));

        assertThat(day.kind()).isEqualTo(DayKind.EXCUSED);
        assertThat(day.leaveType()).isEqualTo(LeaveType.CUTI_TAHUNAN);
        assertThat(day.codes()).containsExactly("CUTI_TAHUNAN");
        assertThat(day.charges()).isEmpty();
    }

    @Test
    void excusesApprovedDinasLuarAndIgnoresEventsRecordedAnyway() {
        DailyCode day = RULES.codeOf(
                monday().withLeave(LeaveType.DINAS_LUAR).withCheckIn(of(10, 0)).withCheckOut(of(13, 0)));

        assertThat(day.kind()).isEqualTo(DayKind.EXCUSED);
        assertThat(day.codes()).containsExactly("DINAS_LUAR");
        assertThat(day.charges()).isEmpty();
        assertThat(day.lateMinutes()).isZero();
        assertThat(day.checkIn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(LeaveType.class)
    void showsEachApprovedRequestUnderItsOwnCode(LeaveType type) {
        DailyCode day = RULES.codeOf(monday().withLeave(type));

        assertThat(day.codes()).containsExactly(type.name());
        assertThat(day.charges()).isEmpty();
    }

    @Test
    void countsNoLeaveDayOnAWeekend() {
        DailyCode day = RULES.codeOf(DayFacts.on(SATURDAY, WEEK).withLeave(LeaveType.CUTI_TAHUNAN));

        assertThat(day.kind()).isEqualTo(DayKind.OFF);
        assertThat(day.leaveType()).isNull();
    }

    @Test
    void countsAMissingCheckOutAsPsw4() {
        DailyCode day = RULES.codeOf(monday().withCheckIn(of(7, 25)));

        assertThat(day.kind()).isEqualTo(DayKind.PRESENT);
        assertThat(day.earlyLeaveTier()).isEqualTo(EarlyLeaveTier.PSW4);
        assertThat(day.earlyLeaveMinutes()).isZero();
        assertThat(day.checkOut()).isNull();
        assertThat(day.codes()).containsExactly("PSW4");
        assertThat(day.charges()).containsExactly(DeductionCode.PSW4);
    }

    @Test
    void countsAMissingCheckInAsTl4() {
        DailyCode day = RULES.codeOf(monday().withCheckOut(of(16, 5)));

        assertThat(day.kind()).isEqualTo(DayKind.PRESENT);
        assertThat(day.latenessTier()).isEqualTo(LatenessTier.TL4);
        assertThat(day.lateMinutes()).isZero();
        assertThat(day.checkIn()).isNull();
        assertThat(day.codes()).containsExactly("TL4");
    }

    @Test
    void countsALateCheckInAndAMissingCheckOutBoth() {
        DailyCode day = RULES.codeOf(monday().withCheckIn(of(8, 15)));

        assertThat(day.codes()).containsExactly("TL2", "PSW4");
        assertThat(day.charges()).containsExactly(DeductionCode.TL2, DeductionCode.PSW4);
    }

    @Test
    void countsLatenessAndEarlyLeaveOnTheSameDay() {
        DailyCode day = RULES.codeOf(monday().withCheckIn(of(8, 15)).withCheckOut(of(15, 50)));

        assertThat(day.latenessTier()).isEqualTo(LatenessTier.TL2);
        assertThat(day.earlyLeaveTier()).isEqualTo(EarlyLeaveTier.PSW1);
        assertThat(day.codes()).containsExactly("TL2", "PSW1");
    }

    @Test
    void countsAWorkdayWithoutAnyAttendanceAsTk() {
        DailyCode day = RULES.codeOf(monday());

        assertThat(day.kind()).isEqualTo(DayKind.TK);
        assertThat(day.codes()).containsExactly("TK");
        assertThat(day.charges()).containsExactly(DeductionCode.TK);
        assertThat(day.latenessTier()).isNull();
        assertThat(day.earlyLeaveTier()).isNull();
    }

    @Test
    void leavesTodayPendingBeforeAnyAttendance() {
        DailyCode day = RULES.codeOf(monday().stillOpen());

        assertThat(day.kind()).isEqualTo(DayKind.PENDING);
        assertThat(day.closed()).isFalse();
        assertThat(day.codes()).isEmpty();
        assertThat(day.charges()).isEmpty();
    }

    @Test
    void doesNotCountTodaysMissingCheckOutYet() {
        DailyCode day = RULES.codeOf(monday().withCheckIn(of(7, 45)).stillOpen());

        assertThat(day.kind()).isEqualTo(DayKind.PRESENT);
        assertThat(day.earlyLeaveTier()).isNull();
        assertThat(day.codes()).containsExactly("TL1");
        assertThat(day.closed()).isFalse();
    }

    @Test
    void doesNotCountTodaysMissingCheckInYet() {
        DailyCode day = RULES.codeOf(monday().withCheckOut(of(15, 0)).stillOpen());

        assertThat(day.latenessTier()).isNull();
        assertThat(day.codes()).containsExactly("PSW2");
    }

    @Test
    void showsTodaysLatenessUntilItIsMadeUp() {
        DayFacts today = monday().withCheckIn(of(7, 50)).stillOpen();

        assertThat(RULES.codeOf(today).codes()).containsExactly("TL1");
        assertThat(RULES.codeOf(today.withCheckOut(of(16, 20))).codes()).containsExactly("H");
    }

    @Test
    void showsTodayOnTimeSoFarAsPresent() {
        assertThat(RULES.codeOf(monday().withCheckIn(of(7, 20)).stillOpen()).codes())
                .containsExactly("H");
    }

    @Test
    void takesAWeekendOffEvenWithEventsRecorded() {
        DailyCode day = RULES.codeOf(DayFacts.on(SATURDAY, WEEK).withCheckIn(of(8, 0)));

        assertThat(day.kind()).isEqualTo(DayKind.OFF);
        assertThat(day.codes()).isEmpty();
        assertThat(day.charges()).isEmpty();
        assertThat(day.checkIn()).isNull();
    }

    @Test
    void carriesManualAttendanceThrough() {
        DailyCode day = RULES.codeOf(monday().withManualCheckIn(of(7, 25)).withCheckOut(of(16, 2)));

        assertThat(day.checkIn()).isEqualTo(of(7, 25));
        assertThat(day.checkInManual()).isTrue();
        assertThat(day.checkOut()).isEqualTo(of(16, 2));
        assertThat(day.checkOutManual()).isFalse();
        assertThat(day.codes()).containsExactly("H");
        assertThat(RULES.codeOf(monday().withCheckIn(of(7, 25)).withManualCheckOut(of(16, 2)))
                        .checkOutManual())
                .isTrue();
    }

    @Test
    void reportsTheDateOfTheDay() {
        assertThat(RULES.codeOf(monday()).date()).isEqualTo(MONDAY);
    }

    @Test
    void makesUpThirtyMinutesAndTiersOnTheDefaultBands() {
        assertThat(DayRules.DEFAULT).isEqualTo(new DayRules(TierBands.DEFAULT, true, 30, DisciplineLadder.DEFAULT));
    }

    @Test
    void refusesANegativeMakeUpLimit() {
        assertThatThrownBy(() -> new DayRules(TierBands.DEFAULT, true, -1, DisciplineLadder.DEFAULT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_DAY_RULES));
    }

    @Test
    void refusesAManualEventWithoutItsTime() {
        assertThatThrownBy(() -> new DayFacts(MONDAY, null, null, null, null, true, null, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayFacts(MONDAY, null, null, null, null, false, null, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADailyCodeThatContradictsItself() {
        assertThatThrownBy(() -> new DailyCode(
                        MONDAY, DayKind.TK, null, false, null, false, null, 0, 0, false, null, 0, 0, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyCode(
                        MONDAY,
                        DayKind.OFF,
                        null,
                        false,
                        null,
                        false,
                        LatenessTier.TL1,
                        5,
                        5,
                        false,
                        null,
                        0,
                        0,
                        null,
                        null,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyCode(
                        MONDAY,
                        DayKind.PRESENT,
                        of(7, 50),
                        false,
                        of(16, 20),
                        false,
                        null,
                        20,
                        0,
                        false,
                        null,
                        0,
                        0,
                        null,
                        null,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyCode(
                        MONDAY,
                        DayKind.EXCUSED,
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
                        null,
                        null,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsEveryCodeInTheOrderOfTheRecapColumns() {
        assertThat(DailyCode.allCodes())
                .startsWith("H", "TL1", "TL2", "TL3", "TL4", "PSW1", "PSW2", "PSW3", "PSW4", "TK", "TA", "IZIN")
                .endsWith("WFA", "LIBUR")
                .hasSize(12 + LeaveType.wholeDay().size())
                .doesNotHaveDuplicates();
    }

    private static DayFacts monday() {
        return DayFacts.on(MONDAY, WEEK);
    }
}
