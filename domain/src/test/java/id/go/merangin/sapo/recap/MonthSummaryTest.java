package id.go.merangin.sapo.recap;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.WorkWeek;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One ASN's March 2026 in Merangin: Ramadan hours until the 20th, then Nyepi and Idul Fitri with their cuti bersama
 * (the real calendar of SKB 3 Menteri 2025), and a month of ordinary slips. The expected figures are worked out by
 * hand in the comments, never with the code under test.
 */
class MonthSummaryTest {

    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);
    private static final DayRules RULES = DayRules.DEFAULT;

    /** Ramadan 1447 H: start 08:00, 32.5 hours a week. */
    private static final WorkWeek RAMADAN = ramadanWeek();

    private static final WorkWeek STANDARD = WorkWeek.standard();

    @Test
    void sumsAWholeMarchWithRamadanNyepiAndIdulFitri() {
        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), RuleSet.DEFAULT);

        // 31 days: 7 weekend days off (1, 7, 8, 14, 15, 28, 29), 7 holidays (18–24, two of them on the weekend),
        // 17 working days: 12 present, 4 excused (9 sakit, 10 and 11 cuti, 13 DL), 1 TK (12).
        assertThat(march.days()).hasSize(31);
        assertThat(march.workingDays()).isEqualTo(17);
        assertThat(march.presentDays()).isEqualTo(12);
        assertThat(march.excusedDays()).isEqualTo(4);
        assertThat(march.absentDays()).isEqualTo(1);
        assertThat(march.holidays()).isEqualTo(7);
        assertThat(march.pendingDays()).isZero();
        assertThat(march.provisional()).isFalse();
        assertThat(march.codeCounts())
                .contains(
                        entry("H", 5),
                        entry("TL1", 1),
                        entry("TL2", 2),
                        entry("TL3", 0),
                        entry("TL4", 2),
                        entry("PSW1", 1),
                        entry("PSW2", 0),
                        entry("PSW3", 1),
                        entry("PSW4", 1),
                        entry("TK", 1),
                        entry("SAKIT", 1),
                        entry("CUTI_TAHUNAN", 2),
                        entry("DINAS_LUAR", 1),
                        entry("IZIN", 0),
                        entry("LIBUR", 7));
        assertThat(march.count("CUTI_TAHUNAN")).isEqualTo(2);

        // Late: 3rd 12, 4th 20 (made up), 5th 45, 16th 100, 30th 31 = 208; counted 208 - 20 = 188.
        // Early: 5th 10, 27th 90 = 100; the 17th has no CHECK_OUT (PSW4) but no minutes.
        assertThat(march.lateMinutes()).isEqualTo(208);
        assertThat(march.effectiveLateMinutes()).isEqualTo(188);
        assertThat(march.earlyLeaveMinutes()).isEqualTo(100);
    }

    @Test
    void worksThirtyTwoAndAHalfHoursAWeekInRamadan() {
        assertThat(RAMADAN.workingTime()).isEqualTo(Duration.ofMinutes(32 * 60 + 30));
    }

    @Test
    void pricesTheMarchDayByDayUnderTheDefaultRules() {
        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), RuleSet.DEFAULT);

        // TL1 0.50 + TL2 2 × 1.00 + TL4 2 × 1.50 + PSW1 0.50 + PSW3 1.25 + PSW4 1.50 + TK 3.00 = 11.75 %.
        assertThat(march.deductions())
                .containsExactly(
                        line(3, DeductionCode.TL1, "0.50"),
                        line(5, DeductionCode.TL2, "1.00"),
                        line(5, DeductionCode.PSW1, "0.50"),
                        line(12, DeductionCode.TK, "3.00"),
                        line(16, DeductionCode.TL4, "1.50"),
                        line(17, DeductionCode.PSW4, "1.50"),
                        line(25, DeductionCode.TL4, "1.50"),
                        line(27, DeductionCode.PSW3, "1.25"),
                        line(30, DeductionCode.TL2, "1.00"));
        assertThat(march.percentByCode())
                .containsExactlyEntriesOf(percents(Map.of(
                        DeductionCode.TL1,
                        "0.50",
                        DeductionCode.TL2,
                        "2.00",
                        DeductionCode.TL4,
                        "3.00",
                        DeductionCode.PSW1,
                        "0.50",
                        DeductionCode.PSW3,
                        "1.25",
                        DeductionCode.PSW4,
                        "1.50",
                        DeductionCode.TK,
                        "3.00")));
        assertThat(march.uncappedPercent()).isEqualTo(new BigDecimal("11.75"));
        assertThat(march.percent()).isEqualTo(new BigDecimal("11.75"));
        assertThat(march.capApplied()).isFalse();
        assertThat(march.rules()).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void showsEachDaysCodesAsTheRecapGridDoes() {
        Map<Integer, List<String>> grid = new TreeMap<>();
        MonthSummary.of(MARCH_2026, codes(march2026()), RuleSet.DEFAULT)
                .days()
                .forEach(day -> grid.put(day.date().getDayOfMonth(), day.codes()));

        assertThat(grid)
                .containsEntry(1, List.of())
                .containsEntry(2, List.of("H"))
                .containsEntry(3, List.of("TL1"))
                .containsEntry(4, List.of("H"))
                .containsEntry(5, List.of("TL2", "PSW1"))
                .containsEntry(9, List.of("SAKIT"))
                .containsEntry(12, List.of("TK"))
                .containsEntry(13, List.of("DINAS_LUAR"))
                .containsEntry(17, List.of("PSW4"))
                .containsEntry(18, List.of("LIBUR"))
                .containsEntry(21, List.of("LIBUR"))
                .containsEntry(25, List.of("TL4"))
                .containsEntry(27, List.of("PSW3"))
                .containsEntry(31, List.of("H"));
    }

    @Test
    void capsTheMonthAtTheRulesCap() {
        RuleSet capped =
                new RuleSet("cap 10", LocalDate.of(2026, 1, 1), RuleSet.DEFAULT.percents(), new BigDecimal("10"));

        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), capped);

        assertThat(march.uncappedPercent()).isEqualTo(new BigDecimal("11.75"));
        assertThat(march.percent()).isEqualTo(new BigDecimal("10.00"));
        assertThat(march.capApplied()).isTrue();
        assertThat(march.deductions())
                .hasSize(9)
                .allSatisfy(line -> assertThat(line.rulesVersion()).isEqualTo("cap 10"));
    }

    @Test
    void doesNotApplyACapThatIsReachedExactly() {
        RuleSet capped =
                new RuleSet("cap 11.75", LocalDate.of(2026, 1, 1), RuleSet.DEFAULT.percents(), new BigDecimal("11.75"));

        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), capped);

        assertThat(march.percent()).isEqualTo(new BigDecimal("11.75"));
        assertThat(march.capApplied()).isFalse();
    }

    @Test
    void capsAMonthOfTkAtTheWholeAllowanceAtMost() {
        // Every working day of March TK: 17 × 3.00 = 51.00 %, under the default cap of 100 %;
        // with a cap of 50 % the month costs 50.00 %.
        List<DailyCode> absent = new ArrayList<>();
        for (DayFacts day : march2026()) {
            DayFacts bare =
                    new DayFacts(day.date(), day.holiday(), day.schedule(), null, null, false, null, false, true);
            absent.add(RULES.codeOf(bare));
        }
        RuleSet halfCap =
                new RuleSet("cap 50", LocalDate.of(2026, 1, 1), RuleSet.DEFAULT.percents(), new BigDecimal("50"));

        assertThat(MonthSummary.of(MARCH_2026, absent, RuleSet.DEFAULT).percent())
                .isEqualTo(new BigDecimal("51.00"));
        MonthSummary capped = MonthSummary.of(MARCH_2026, absent, halfCap);
        assertThat(capped.absentDays()).isEqualTo(17);
        assertThat(capped.percent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(capped.capApplied()).isTrue();
    }

    @Test
    void pricesTheSameDaysUnderAnotherVersion() {
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(RuleSet.DEFAULT.percents());
        percents.put(DeductionCode.TK, new BigDecimal("5"));
        RuleSet stricter = new RuleSet("Perbup 7/2026", LocalDate.of(2026, 3, 1), percents, new BigDecimal("100"));

        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), stricter);

        // 11.75 - 3.00 + 5.00
        assertThat(march.percent()).isEqualTo(new BigDecimal("13.75"));
        assertThat(march.deductions())
                .contains(new DayDeduction(LocalDate.of(2026, 3, 12), "TK", "Perbup 7/2026", new BigDecimal("5.00")));
    }

    @Test
    void costsTheWholeAllowanceForAMonthOfLeaveOutsideTheStatesBudget() {
        // every one of March's 17 working days on CLTN: each day is worth 1/17 of the allowance, unpaid
        List<DailyCode> days = march2026().stream()
                .map(day -> day.schedule() == null || day.holiday() != null
                        ? day
                        : DayFacts.on(day.date(), day.schedule()).withLeave(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA))
                .map(RULES::codeOf)
                .toList();

        MonthSummary march = MonthSummary.of(MARCH_2026, days, RuleSet.DEFAULT);

        assertThat(march.workingDays()).isEqualTo(17);
        assertThat(march.excusedDays()).isEqualTo(17);
        assertThat(march.percent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(march.uncappedPercent())
                .as("the days' shares add up exactly")
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(march.deductions()).hasSize(17).allSatisfy(line -> {
            assertThat(line.code()).isEqualTo("CUTI_DILUAR_TANGGUNGAN_NEGARA");
            assertThat(line.percent()).isBetween(new BigDecimal("5.88"), new BigDecimal("5.89"));
        });
        assertThat(march.percentByCode())
                .containsEntry("CUTI_DILUAR_TANGGUNGAN_NEGARA", new BigDecimal("100.00"))
                .containsEntry("TK", new BigDecimal("0.00"));
    }

    @Test
    void costsEachLeaveTypeItsShareOfTheDaysItTook() {
        // three days of CLTN (2, 3, 4 March), two of cuti besar at half a day's worth, the rest of March as before
        Map<LeaveType, BigDecimal> costs = Map.of(
                LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA,
                new BigDecimal("100"),
                LeaveType.CUTI_BESAR,
                new BigDecimal("50"));
        RuleSet rules = new RuleSet(
                "Perbup 9/2026",
                LocalDate.of(2026, 3, 1),
                RuleSet.DEFAULT.percents(),
                new BigDecimal("100"),
                costs,
                DayRules.DEFAULT,
                RuleSet.DEFAULT.integrity());
        List<DailyCode> days = march2026().stream()
                .map(day -> switch (day.date().getDayOfMonth()) {
                    case 2, 3, 4 ->
                        DayFacts.on(day.date(), day.schedule()).withLeave(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA);
                    case 30, 31 -> DayFacts.on(day.date(), day.schedule()).withLeave(LeaveType.CUTI_BESAR);
                    default -> day;
                })
                .map(RULES::codeOf)
                .toList();

        MonthSummary march = MonthSummary.of(MARCH_2026, days, rules);

        // 3/17 of 100 % = 17.65; 2/17 of 50 % = 5.88; the sick day, annual leave and DL cost nothing
        assertThat(march.percentByCode())
                .containsEntry("CUTI_DILUAR_TANGGUNGAN_NEGARA", new BigDecimal("17.65"))
                .containsEntry("CUTI_BESAR", new BigDecimal("5.88"))
                .doesNotContainKeys("SAKIT", "CUTI_TAHUNAN");
        assertThat(march.deductions())
                .filteredOn(line -> line.code().equals("CUTI_DILUAR_TANGGUNGAN_NEGARA"))
                .extracting(DayDeduction::percent)
                .containsExactly(new BigDecimal("5.88"), new BigDecimal("5.88"), new BigDecimal("5.89"));
        // TL2 PSW1 (5th) 1.50, TK 3.00, TL4 1.50, PSW4 1.50, TL4 1.50, PSW3 1.25 = 10.25, plus the leave
        assertThat(march.percent()).isEqualTo(new BigDecimal("33.78"));
    }

    @Test
    void letsTheMonthlyCapLimitWhatLeaveAndAbsenceCostTogether() {
        List<DailyCode> days = march2026().stream()
                .map(day ->
                        day.date().getDayOfMonth() >= 2 && day.date().getDayOfMonth() <= 13 && day.schedule() != null
                                ? DayFacts.on(day.date(), day.schedule())
                                        .withLeave(LeaveType.CUTI_DILUAR_TANGGUNGAN_NEGARA)
                                : day)
                .map(RULES::codeOf)
                .toList();
        RuleSet capped = new RuleSet(
                "Perbup 10/2026", LocalDate.of(2026, 3, 1), RuleSet.DEFAULT.percents(), new BigDecimal("50"));

        MonthSummary march = MonthSummary.of(MARCH_2026, days, capped);

        // 10 of 17 days unpaid (58.82 %) and the rest of March's codes: more than the cap
        assertThat(march.uncappedPercent()).isGreaterThan(new BigDecimal("58.82"));
        assertThat(march.capApplied()).isTrue();
        assertThat(march.percent()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void ordersTheDaysByDateWhateverOrderTheyCameIn() {
        List<DailyCode> shuffled = new ArrayList<>(codes(march2026()));
        Collections.reverse(shuffled);

        MonthSummary march = MonthSummary.of(MARCH_2026, shuffled, RuleSet.DEFAULT);

        assertThat(march.days()).extracting(DailyCode::date).isSorted();
        assertThat(march.deductions()).extracting(DayDeduction::date).isSorted();
    }

    @Test
    void marksAMonthWithTodayStillOpenAsProvisional() {
        // Monday 16 March, 10:00: the ASN has not checked in yet, the rest of the month is to come.
        List<DailyCode> soFar = new ArrayList<>();
        for (DayFacts day : march2026()) {
            if (day.date().getDayOfMonth() < 16) {
                soFar.add(RULES.codeOf(day));
            } else if (day.date().getDayOfMonth() == 16) {
                soFar.add(RULES.codeOf(DayFacts.on(day.date(), RAMADAN).stillOpen()));
            }
        }

        MonthSummary march = MonthSummary.of(MARCH_2026, soFar, RuleSet.DEFAULT);

        assertThat(march.provisional()).isTrue();
        assertThat(march.pendingDays()).isEqualTo(1);
        // 1 to 15 March: TL1 0.50 + TL2 1.00 + PSW1 0.50 + TK 3.00
        assertThat(march.percent()).isEqualTo(new BigDecimal("5.00"));
        assertThat(march.workingDays()).isEqualTo(11);
    }

    @Test
    void sumsAnEmptyMonthToZero() {
        MonthSummary empty = MonthSummary.of(MARCH_2026, List.of(), RuleSet.DEFAULT);

        assertThat(empty.workingDays()).isZero();
        assertThat(empty.percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(empty.codeCounts())
                .containsOnlyKeys(DailyCode.allCodes())
                .allSatisfy((code, count) -> assertThat(count).isZero());
        assertThat(empty.percentByCode()).as("every deduction code, no leave").hasSize(DeductionCode.values().length);
    }

    @Test
    void refusesADayOfAnotherMonth() {
        List<DailyCode> days = List.of(RULES.codeOf(DayFacts.on(LocalDate.of(2026, 4, 1), STANDARD)));

        assertThatThrownBy(() -> MonthSummary.of(MARCH_2026, days, RuleSet.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoCodesForOneDay() {
        DailyCode day = RULES.codeOf(DayFacts.on(LocalDate.of(2026, 3, 2), RAMADAN));

        assertThatThrownBy(() -> MonthSummary.of(MARCH_2026, List.of(day, day), RuleSet.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnknownCode() {
        MonthSummary march = MonthSummary.of(MARCH_2026, codes(march2026()), RuleSet.DEFAULT);

        assertThatThrownBy(() -> march.count("TL5")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The facts of March 2026, as the recap service would gather them. */
    static List<DayFacts> march2026() {
        return List.of(
                day(1), // Sunday
                day(2).withCheckIn(of(7, 55)).withCheckOut(of(15, 5)), // H
                day(3).withCheckIn(of(8, 12)).withCheckOut(of(15, 0)), // 12 late: TL1
                day(4).withCheckIn(of(8, 20)).withCheckOut(of(15, 20)), // 20 late, left 20 later: made up, H
                day(5).withCheckIn(of(8, 45)).withCheckOut(of(14, 50)), // 45 late, 10 early: TL2 PSW1
                day(6).withCheckIn(of(7, 58)).withCheckOut(of(15, 31)), // Friday until 15:30: H
                day(7),
                day(8), // weekend
                day(9).withLeave(LeaveType.SAKIT),
                day(10).withLeave(LeaveType.CUTI_TAHUNAN),
                day(11).withLeave(LeaveType.CUTI_TAHUNAN),
                day(12), // nothing at all: TK
                day(13).withLeave(LeaveType.DINAS_LUAR),
                day(14),
                day(15), // weekend
                day(16).withCheckIn(of(9, 40)).withCheckOut(of(15, 0)), // 100 late: TL4
                day(17).withCheckIn(of(7, 50)), // no CHECK_OUT: PSW4
                day(18).withHoliday(HolidayType.CUTI_BERSAMA, "Cuti Bersama Hari Suci Nyepi"),
                day(19).withHoliday(HolidayType.NATIONAL, "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
                day(20).withHoliday(HolidayType.CUTI_BERSAMA, "Cuti Bersama Idul Fitri 1447 H"),
                day(21).withHoliday(HolidayType.NATIONAL, "Idul Fitri 1447 H"), // Saturday
                day(22).withHoliday(HolidayType.NATIONAL, "Idul Fitri 1447 H"), // Sunday
                day(23).withHoliday(HolidayType.CUTI_BERSAMA, "Cuti Bersama Idul Fitri 1447 H"),
                day(24).withHoliday(HolidayType.CUTI_BERSAMA, "Cuti Bersama Idul Fitri 1447 H"),
                day(25).withCheckOut(of(16, 5)), // standard hours again; no CHECK_IN: TL4
                day(26).withManualCheckIn(of(7, 25)).withCheckOut(of(16, 2)), // entered by the admin: H
                day(27).withCheckIn(of(7, 29)).withCheckOut(of(15, 0)), // Friday until 16:30, 90 early: PSW3
                day(28),
                day(29), // weekend
                day(30).withCheckIn(of(8, 1)).withCheckOut(of(17, 1)), // 31 late, more than make-up allows: TL2
                day(31).withCheckIn(of(7, 30, 45)).withCheckOut(of(16, 0))); // H
    }

    static List<DailyCode> codes(List<DayFacts> facts) {
        return facts.stream().map(RULES::codeOf).toList();
    }

    /** Ramadan hours until Idul Fitri, the standard week after. */
    private static DayFacts day(int dayOfMonth) {
        LocalDate date = MARCH_2026.atDay(dayOfMonth);
        return DayFacts.on(date, dayOfMonth <= 20 ? RAMADAN : STANDARD);
    }

    private static WorkWeek ramadanWeek() {
        DaySchedule mondayToThursday = new DaySchedule(of(8, 0), of(15, 0), of(12, 0), of(12, 30), false);
        DaySchedule friday = new DaySchedule(of(8, 0), of(15, 30), of(11, 30), of(12, 30), false);
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, mondayToThursday);
        }
        days.put(DayOfWeek.FRIDAY, friday);
        return new WorkWeek(days);
    }

    private static DayDeduction line(int dayOfMonth, DeductionCode code, String percent) {
        return new DayDeduction(MARCH_2026.atDay(dayOfMonth), code.name(), "DEFAULT", new BigDecimal(percent));
    }

    private static Map<String, BigDecimal> percents(Map<DeductionCode, String> nonZero) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        for (DeductionCode code : DeductionCode.values()) {
            percents.put(code.name(), new BigDecimal(nonZero.getOrDefault(code, "0.00")));
        }
        return percents;
    }
}
