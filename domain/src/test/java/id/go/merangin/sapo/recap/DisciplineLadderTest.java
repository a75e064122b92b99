package id.go.merangin.sapo.recap;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.schedule.WorkWeek;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisciplineLadderTest {

    private static final DisciplineLadder LADDER = DisciplineLadder.DEFAULT;
    private static final Year YEAR_2026 = Year.of(2026);

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0.00, , 3, 3.00",
        "0, 1, 0.00, , 3, 3.00",
        "0, 449, 0.99, , 3, 2.01",
        "0, 450, 1.00, , 3, 2.00",
        "2, 449, 2.99, , 3, 0.01",
        "2, 450, 3.00, 3, 4, 1.00",
        "3, 0, 3.00, 3, 4, 1.00",
        "1, 900, 3.00, 3, 4, 1.00",
        "3, 449, 3.99, 3, 4, 0.01",
        "4, 0, 4.00, 4, 7, 3.00",
        "6, 449, 6.99, 4, 7, 0.01",
        "7, 0, 7.00, 7, 11, 4.00",
        "10, 449, 10.99, 7, 11, 0.01",
        "10, 450, 11.00, 11, 14, 3.00",
        "13, 449, 13.99, 11, 14, 0.01",
        "14, 0, 14.00, 14, 17, 3.00",
        "16, 449, 16.99, 14, 17, 0.01",
        "17, 0, 17.00, 17, 21, 4.00",
        "20, 449, 20.99, 17, 21, 0.01",
        "21, 0, 21.00, 21, 25, 4.00",
        "24, 449, 24.99, 21, 25, 0.01",
        "25, 0, 25.00, 25, 28, 3.00",
        "27, 449, 27.99, 25, 28, 0.01",
        "28, 0, 28.00, 28, , ",
        "40, 1000, 42.22, 28, , "
    })
    void placesTheYearsDaysOnTheLadder(
            int absentDays, int minutes, String days, Integer reached, Integer next, String toGo) {
        LadderStanding standing = LADDER.standingOf(absentDays, minutes);

        assertThat(standing.days()).isEqualTo(new BigDecimal(days));
        assertThat(standing.stepReached()).isEqualTo(reached == null ? OptionalInt.empty() : OptionalInt.of(reached));
        assertThat(standing.nextStep()).isEqualTo(next == null ? OptionalInt.empty() : OptionalInt.of(next));
        if (toGo == null) {
            assertThat(standing.daysToNextStep()).isEmpty();
            assertThat(standing.minutesToNextStep()).isEmpty();
        } else {
            assertThat(standing.daysToNextStep()).contains(new BigDecimal(toGo));
            assertThat(standing.days().add(standing.daysToNextStep().orElseThrow()))
                    .isEqualByComparingTo(BigDecimal.valueOf(next));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2, ",
        "3, TEGURAN_LISAN",
        "4, TEGURAN_TERTULIS",
        "6, TEGURAN_TERTULIS",
        "7, PERNYATAAN_TIDAK_PUAS",
        "10, PERNYATAAN_TIDAK_PUAS",
        "11, POTONGAN_TUNJANGAN_6_BULAN",
        "13, POTONGAN_TUNJANGAN_6_BULAN",
        "14, POTONGAN_TUNJANGAN_9_BULAN",
        "16, POTONGAN_TUNJANGAN_9_BULAN",
        "17, POTONGAN_TUNJANGAN_12_BULAN",
        "20, POTONGAN_TUNJANGAN_12_BULAN",
        "21, PENURUNAN_JABATAN",
        "24, PENURUNAN_JABATAN",
        "25, PEMBEBASAN_JABATAN",
        "27, PEMBEBASAN_JABATAN",
        "28, PDHTAPS",
        "60, PDHTAPS"
    })
    void callsForTheSanctionOfPp94Of2021(int absentDays, Sanction sanction) {
        assertThat(LADDER.standingOf(absentDays, 0).sanction()).isEqualTo(java.util.Optional.ofNullable(sanction));
    }

    @Test
    void tenTkDaysInARowCallForDismissalWhateverTheYearsTotal() {
        // Monday 2 to Friday 13 March 2026: ten working days across a weekend
        List<DailyCode> days = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 2); !day.isAfter(LocalDate.of(2026, 3, 13)); day = day.plusDays(1)) {
            days.add(tk(day));
        }
        assertThat(days).filteredOn(day -> day.kind() == DayKind.TK).hasSize(10);
        MonthSummary march = month(YearMonth.of(2026, 3), days);

        LadderStanding standing = LADDER.standingOf(YEAR_2026, List.of(march));

        assertThat(DisciplineLadder.longestAbsenceRun(days)).isEqualTo(10);
        assertThat(standing.absentDays()).isEqualTo(10);
        assertThat(standing.reachedByRun()).isTrue();
        assertThat(standing.sanction()).contains(Sanction.PDHTAPS);
        assertThat(standing.stepReached()).hasValue(28);
        assertThat(standing.nextStep()).isEmpty();
        // nine in a row and one more after a day at work: ten days, pernyataan tidak puas
        List<DailyCode> broken = new java.util.ArrayList<>(days);
        broken.set(broken.size() - 1, present(LocalDate.of(2026, 3, 13), of(7, 30), of(16, 0)));
        broken.add(tk(LocalDate.of(2026, 3, 16)));
        LadderStanding notInARow = LADDER.standingOf(YEAR_2026, List.of(month(YearMonth.of(2026, 3), broken)));
        assertThat(notInARow.longestAbsenceRun()).isEqualTo(9);
        assertThat(notInARow.sanction()).contains(Sanction.PERNYATAAN_TIDAK_PUAS);
    }

    @Test
    void aRunGoesOnOverAHolidayAndAcrossMonthsButNotOverADayOfLeave() {
        DailyCode holiday = DayRules.DEFAULT.codeOf(DayFacts.on(LocalDate.of(2026, 3, 3), WorkWeek.standard())
                .withHoliday(id.go.merangin.sapo.schedule.HolidayType.NATIONAL, "Libur"));
        DailyCode leave = DayRules.DEFAULT.codeOf(DayFacts.on(LocalDate.of(2026, 3, 4), WorkWeek.standard())
                .withLeave(id.go.merangin.sapo.leave.LeaveType.SAKIT));

        assertThat(DisciplineLadder.longestAbsenceRun(
                        List.of(tk(LocalDate.of(2026, 2, 27)), tk(LocalDate.of(2026, 3, 2)), holiday)))
                .isEqualTo(2);
        assertThat(DisciplineLadder.longestAbsenceRun(
                        List.of(tk(LocalDate.of(2026, 3, 2)), holiday, leave, tk(LocalDate.of(2026, 3, 5)))))
                .isEqualTo(1);
        assertThatThrownBy(() -> DisciplineLadder.longestAbsenceRun(
                        List.of(tk(LocalDate.of(2026, 3, 2)), tk(LocalDate.of(2026, 3, 2)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, false, 0",
        "20, 30, 0, false, 50",
        "300, 200, 0, false, 450",
        "0, 0, 450, true, 450",
        "0, 120, 330, true, 450",
        "10, 0, 200, true, 210",
        "0, 0, 0, true, 0"
    })
    void countsOnePresentDayAtMostOneDay(int late, int early, int uncovered, boolean missing, int expected) {
        assertThat(LADDER.minutesOfDay(late, early, uncovered, missing)).isEqualTo(expected);
    }

    @Test
    void countsAMissingEventAsAConfiguredNumberOfMinutes() {
        DisciplineLadder fixed = new DisciplineLadder(LADDER.steps(), 450, 225, 10);

        assertThat(fixed.minutesOfDay(0, 0, 450, true)).isEqualTo(225);
        assertThat(fixed.minutesOfDay(0, 300, 100, true)).isEqualTo(450);
        assertThat(fixed.minutesOfDay(0, 0, 450, false)).isZero();
    }

    @Test
    void aDayWithOnlyACheckOutCostsAtLeastWhatA1559CheckInCosts() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        DailyCode onlyOut =
                DayRules.DEFAULT.codeOf(DayFacts.on(monday, WorkWeek.standard()).withCheckOut(of(16, 0)));
        DailyCode onlyIn =
                DayRules.DEFAULT.codeOf(DayFacts.on(monday, WorkWeek.standard()).withCheckIn(of(7, 30)));
        DailyCode veryLate = present(monday, of(15, 59), of(16, 0));
        DailyCode lateAfterBreak = present(monday, of(13, 0), of(16, 0));

        assertThat(veryLate.ladderMinutes()).isEqualTo(449);
        assertThat(onlyOut.ladderMinutes()).isEqualTo(450).isGreaterThanOrEqualTo(veryLate.ladderMinutes());
        assertThat(onlyIn.ladderMinutes()).isEqualTo(450);
        assertThat(lateAfterBreak.lateMinutes())
                .as("the break is not working time")
                .isEqualTo(270);
        assertThat(lateAfterBreak.ladderMinutes()).isEqualTo(270);
    }

    @Test
    void countsExactlyFourHundredAndFiftyMinutesAsOneDay() {
        LadderStanding standing = LADDER.standingOf(0, 450);

        assertThat(standing.days()).isEqualTo(new BigDecimal("1.00"));
        assertThat(standing.totalMinutes()).isEqualTo(450);
    }

    @Test
    void doesNotReachThreeDaysOneMinuteShort() {
        LadderStanding standing = LADDER.standingOf(2, 449);

        assertThat(standing.days()).isEqualTo(new BigDecimal("2.99"));
        assertThat(standing.stepReached()).isEmpty();
        assertThat(standing.minutesToNextStep()).hasValue(1);
        assertThat(LADDER.standingOf(2, 450).stepReached()).hasValue(3);
    }

    @Test
    void addsUpTkDaysAndMinutesOverTheMonthsOfAYear() {
        // January: 2 TK. February: 449 minutes late. Together 2.99 days, one minute short of the first step.
        MonthSummary january =
                month(YearMonth.of(2026, 1), List.of(tk(LocalDate.of(2026, 1, 5)), tk(LocalDate.of(2026, 1, 6))));
        MonthSummary february = month(
                YearMonth.of(2026, 2),
                List.of(present(LocalDate.of(2026, 2, 2), of(15, 59), of(16, 0)))); // 449 working minutes after 07:30

        LadderStanding standing = LADDER.standingOf(YEAR_2026, List.of(january, february));

        assertThat(standing.absentDays()).isEqualTo(2);
        assertThat(standing.lateAndEarlyMinutes()).isEqualTo(449);
        assertThat(standing.days()).isEqualTo(new BigDecimal("2.99"));
        assertThat(standing.stepReached()).isEmpty();

        // March: one minute early on the 31st: 3.00 days, the first step.
        MonthSummary march =
                month(YearMonth.of(2026, 3), List.of(present(LocalDate.of(2026, 3, 31), of(7, 30), of(15, 59))));
        LadderStanding withMarch = LADDER.standingOf(YEAR_2026, List.of(january, february, march));

        assertThat(withMarch.days()).isEqualTo(new BigDecimal("3.00"));
        assertThat(withMarch.stepReached()).hasValue(3);
        assertThat(withMarch.nextStep()).hasValue(4);
    }

    @Test
    void countsLateMinutesOnlyAfterMakeUp() {
        // 20 minutes late, left 20 minutes later: made up, nothing counts; 20 late left at 16:00: 20 count.
        MonthSummary february = month(
                YearMonth.of(2026, 2),
                List.of(
                        present(LocalDate.of(2026, 2, 2), of(7, 50), of(16, 20)),
                        present(LocalDate.of(2026, 2, 3), of(7, 50), of(16, 0))));

        assertThat(LADDER.standingOf(YEAR_2026, List.of(february)).lateAndEarlyMinutes())
                .isEqualTo(20);
    }

    @Test
    void placesTheMarchExampleOnTheLadder() {
        MonthSummary march = MonthSummary.of(
                YearMonth.of(2026, 3), MonthSummaryTest.codes(MonthSummaryTest.march2026()), RuleSet.DEFAULT);

        // 1 TK day (450) + 188 late + 100 early + the 17th without CHECK_OUT: 07:50 to the Ramadan end of 15:00,
        // working time 08:00-15:00 less the half-hour break (390) + the 25th without CHECK_IN: the whole day (450)
        // = 1578 minutes = 3.50 days: teguran lisan, 0.50 days before the next step.
        LadderStanding standing = LADDER.standingOf(YEAR_2026, List.of(march));

        assertThat(standing.lateAndEarlyMinutes()).isEqualTo(188 + 100 + 390 + 450);
        assertThat(standing.days()).isEqualTo(new BigDecimal("3.50"));
        assertThat(standing.sanction()).contains(Sanction.TEGURAN_LISAN);
        assertThat(standing.nextStep()).hasValue(4);
        assertThat(standing.daysToNextStep()).contains(new BigDecimal("0.50"));
    }

    @Test
    void refusesAMonthOfAnotherYearOrAMonthTwice() {
        MonthSummary december = month(YearMonth.of(2025, 12), List.of());
        MonthSummary january = month(YearMonth.of(2026, 1), List.of());

        assertThatThrownBy(() -> LADDER.standingOf(YEAR_2026, List.of(december)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LADDER.standingOf(YEAR_2026, List.of(january, january)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeDaysOrMinutes() {
        assertThatThrownBy(() -> LADDER.standingOf(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LADDER.standingOf(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsOfPp94Of2021InDaysOfSevenAndAHalfHoursByDefault() {
        assertThat(DisciplineLadder.DEFAULT.steps())
                .extracting(LadderStep::days)
                .containsExactly(3, 4, 7, 11, 14, 17, 21, 25, 28);
        assertThat(DisciplineLadder.DEFAULT.minutesPerDay()).isEqualTo(450);
        assertThat(DisciplineLadder.DEFAULT.missingEventMinutes()).isNull();
        assertThat(DisciplineLadder.DEFAULT.consecutiveDaysForDismissal()).isEqualTo(10);
    }

    @Test
    void followsAConfiguredLadder() {
        DisciplineLadder sixHourDays = new DisciplineLadder(
                List.of(new LadderStep(1, Sanction.TEGURAN_LISAN), new LadderStep(5, Sanction.PDHTAPS)), 360, null, 10);

        assertThat(sixHourDays.standingOf(0, 360).stepReached()).hasValue(1);
        assertThat(sixHourDays.standingOf(0, 359).days()).isEqualTo(new BigDecimal("0.99"));
    }

    @Test
    void refusesStepsThatAreNotStrictlyIncreasingFromOneDay() {
        LadderStep lisan = new LadderStep(3, Sanction.TEGURAN_LISAN);
        for (List<LadderStep> steps : List.of(
                List.<LadderStep>of(),
                List.of(new LadderStep(0, Sanction.TEGURAN_LISAN)),
                List.of(lisan, new LadderStep(3, Sanction.TEGURAN_TERTULIS)),
                List.of(new LadderStep(7, Sanction.TEGURAN_LISAN), new LadderStep(3, Sanction.TEGURAN_TERTULIS)),
                List.of(new LadderStep(3, Sanction.TEGURAN_TERTULIS), new LadderStep(7, Sanction.TEGURAN_LISAN)))) {
            assertThatThrownBy(() -> new DisciplineLadder(steps, 450, null, 10))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_DISCIPLINE_LADDER));
        }
        for (int[] numbers : new int[][] {{0, 0, 10}, {450, -1, 10}, {450, 451, 10}, {450, 0, 0}}) {
            assertThatThrownBy(() -> new DisciplineLadder(List.of(lisan), numbers[0], numbers[1], numbers[2]))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_DISCIPLINE_LADDER));
        }
    }

    private static MonthSummary month(YearMonth month, List<DailyCode> days) {
        return MonthSummary.of(month, days, RuleSet.DEFAULT);
    }

    private static DailyCode tk(LocalDate date) {
        return DayRules.DEFAULT.codeOf(DayFacts.on(date, WorkWeek.standard()));
    }

    private static DailyCode present(LocalDate date, LocalTime checkIn, LocalTime checkOut) {
        return DayRules.DEFAULT.codeOf(
                DayFacts.on(date, WorkWeek.standard()).withCheckIn(checkIn).withCheckOut(checkOut));
    }
}
