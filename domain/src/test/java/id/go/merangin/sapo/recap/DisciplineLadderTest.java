package id.go.merangin.sapo.recap;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.schedule.WorkWeek;
import id.go.merangin.sapo.shared.InvalidInputException;
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
        "2, 450, 3.00, 3, 7, 4.00",
        "3, 0, 3.00, 3, 7, 4.00",
        "1, 900, 3.00, 3, 7, 4.00",
        "6, 449, 6.99, 3, 7, 0.01",
        "7, 0, 7.00, 7, 11, 4.00",
        "10, 450, 11.00, 11, 21, 10.00",
        "20, 449, 20.99, 11, 21, 0.01",
        "21, 0, 21.00, 21, 28, 7.00",
        "27, 449, 27.99, 21, 28, 0.01",
        "28, 0, 28.00, 28, , ",
        "40, 1000, 42.22, 28, , "})
    void placesTheYearsDaysOnTheLadder(int absentDays, int minutes, String days, Integer reached, Integer next,
            String toGo) {
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
        MonthSummary january = month(YearMonth.of(2026, 1), List.of(
                tk(LocalDate.of(2026, 1, 5)), tk(LocalDate.of(2026, 1, 6))));
        MonthSummary february = month(YearMonth.of(2026, 2), List.of(
                present(LocalDate.of(2026, 2, 2), of(14, 59), of(16, 0)))); // 449 minutes after 07:30

        LadderStanding standing = LADDER.standingOf(YEAR_2026, List.of(january, february));

        assertThat(standing.absentDays()).isEqualTo(2);
        assertThat(standing.lateAndEarlyMinutes()).isEqualTo(449);
        assertThat(standing.days()).isEqualTo(new BigDecimal("2.99"));
        assertThat(standing.stepReached()).isEmpty();

        // March: one minute early on the 31st: 3.00 days, the first step.
        MonthSummary march = month(YearMonth.of(2026, 3), List.of(
                present(LocalDate.of(2026, 3, 31), of(7, 30), of(15, 59))));
        LadderStanding withMarch = LADDER.standingOf(YEAR_2026, List.of(january, february, march));

        assertThat(withMarch.days()).isEqualTo(new BigDecimal("3.00"));
        assertThat(withMarch.stepReached()).hasValue(3);
        assertThat(withMarch.nextStep()).hasValue(7);
    }

    @Test
    void countsLateMinutesOnlyAfterMakeUp() {
        // 20 minutes late, left 20 minutes later: made up, nothing counts; 20 late left at 16:00: 20 count.
        MonthSummary february = month(YearMonth.of(2026, 2), List.of(
                present(LocalDate.of(2026, 2, 2), of(7, 50), of(16, 20)),
                present(LocalDate.of(2026, 2, 3), of(7, 50), of(16, 0))));

        assertThat(LADDER.standingOf(YEAR_2026, List.of(february)).lateAndEarlyMinutes()).isEqualTo(20);
    }

    @Test
    void placesTheMarchExampleOnTheLadder() {
        MonthSummary march = MonthSummary.of(YearMonth.of(2026, 3),
                MonthSummaryTest.codes(MonthSummaryTest.march2026()), DeductionRules.DEFAULT);

        // 1 TK day + (188 late + 100 early) minutes = 450 + 288 = 738 minutes = 1.64 days.
        LadderStanding standing = LADDER.standingOf(YEAR_2026, List.of(march));

        assertThat(standing.days()).isEqualTo(new BigDecimal("1.64"));
        assertThat(standing.nextStep()).hasValue(3);
        assertThat(standing.daysToNextStep()).contains(new BigDecimal("1.36"));
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
    void stepsAtThreeSevenElevenTwentyOneAndTwentyEightDaysOfSevenAndAHalfHoursByDefault() {
        assertThat(DisciplineLadder.DEFAULT).isEqualTo(new DisciplineLadder(List.of(3, 7, 11, 21, 28), 450));
    }

    @Test
    void followsAConfiguredLadder() {
        DisciplineLadder sixHourDays = new DisciplineLadder(List.of(1, 5), 360);

        assertThat(sixHourDays.standingOf(0, 360).stepReached()).hasValue(1);
        assertThat(sixHourDays.standingOf(0, 359).days()).isEqualTo(new BigDecimal("0.99"));
    }

    @Test
    void refusesStepsThatAreNotStrictlyIncreasingFromOneDay() {
        for (List<Integer> steps : List.of(List.<Integer>of(), List.of(0, 3), List.of(3, 3), List.of(7, 3))) {
            assertThatThrownBy(() -> new DisciplineLadder(steps, 450))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("INVALID_DISCIPLINE_LADDER"));
        }
        assertThatThrownBy(() -> new DisciplineLadder(List.of(3), 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_DISCIPLINE_LADDER"));
    }

    private static MonthSummary month(YearMonth month, List<DailyCode> days) {
        return MonthSummary.of(month, days, DeductionRules.DEFAULT);
    }

    private static DailyCode tk(LocalDate date) {
        return DayRules.DEFAULT.codeOf(DayFacts.on(date, WorkWeek.standard()));
    }

    private static DailyCode present(LocalDate date, LocalTime checkIn, LocalTime checkOut) {
        return DayRules.DEFAULT.codeOf(DayFacts.on(date, WorkWeek.standard()).withCheckIn(checkIn)
                .withCheckOut(checkOut));
    }
}
