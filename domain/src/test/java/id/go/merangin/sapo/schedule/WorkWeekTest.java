package id.go.merangin.sapo.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkWeekTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 8);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 3, 9);

    @Test
    void worksMondayToThursdayFromHalfPastSevenToFourWithABreakAtNoon() {
        DaySchedule monday = WorkWeek.standard().on(MONDAY).orElseThrow();

        assertThat(monday)
                .isEqualTo(new DaySchedule(
                        LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), false));
        for (int day = 0; day < 4; day++) {
            assertThat(WorkWeek.standard().on(MONDAY.plusDays(day))).contains(monday);
        }
    }

    @Test
    void worksFridayUntilHalfPastFourWithALongerBreakForFridayPrayer() {
        assertThat(WorkWeek.standard().on(FRIDAY))
                .contains(new DaySchedule(
                        LocalTime.of(7, 30), LocalTime.of(16, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), false));
    }

    @Test
    void doesNotWorkOnSaturdayAndSunday() {
        assertThat(WorkWeek.standard().on(SATURDAY)).isEmpty();
        assertThat(WorkWeek.standard().on(SUNDAY)).isEmpty();
        assertThat(WorkWeek.standard().on(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void worksThirtySevenAndAHalfHoursAWeek() {
        assertThat(WorkWeek.standard().workingTime()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void keepsItsOwnCopyOfTheDays() {
        Map<DayOfWeek, DaySchedule> days = new HashMap<>();
        days.put(DayOfWeek.SATURDAY, DaySchedule.withoutBreak(LocalTime.of(7, 30), LocalTime.of(12, 0)));
        WorkWeek week = new WorkWeek(days);
        days.clear();

        assertThat(week.on(SATURDAY)).isPresent();
        assertThatThrownBy(() -> week.days().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listsItsDaysInWeekdayOrder() {
        assertThat(WorkWeek.standard().days().keySet())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void equalsAnotherWeekWithTheSameDays() {
        assertThat(new WorkWeek(new EnumMap<>(WorkWeek.standard().days()))).isEqualTo(WorkWeek.standard());
    }

    @Test
    void allowsAWeekWithoutWorkdays() {
        assertThat(new WorkWeek(Map.of()).on(MONDAY)).isEmpty();
    }
}
