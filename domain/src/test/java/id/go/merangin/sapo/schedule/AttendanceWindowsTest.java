package id.go.merangin.sapo.schedule;

import static id.go.merangin.sapo.attendance.AttendanceEventType.BREAK_END;
import static id.go.merangin.sapo.attendance.AttendanceEventType.BREAK_START;
import static id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_IN;
import static id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_OUT;
import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceWindowsTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 8);

    private final AttendanceWindows monday = standardOn(MONDAY);

    @Test
    void opensCheckInAtSixUntilTheEndOfTheDay() {
        assertThat(monday.windowOf(CHECK_IN)).contains(new EventWindow(of(6, 0), of(16, 0)));
        assertThat(monday.allows(CHECK_IN, of(5, 59, 59))).isFalse();
        assertThat(monday.allows(CHECK_IN, of(6, 0))).isTrue();
        assertThat(monday.allows(CHECK_IN, of(16, 0, 59))).isTrue();
        assertThat(monday.allows(CHECK_IN, of(16, 1))).isFalse();
    }

    @Test
    void opensBreakStartWithinTheBreak() {
        assertThat(monday.windowOf(BREAK_START)).contains(new EventWindow(of(12, 0), of(13, 0)));
        assertThat(monday.allows(BREAK_START, of(11, 59, 59))).isFalse();
        assertThat(monday.allows(BREAK_START, of(12, 0))).isTrue();
        assertThat(monday.allows(BREAK_START, of(13, 0, 59))).isTrue();
        assertThat(monday.allows(BREAK_START, of(13, 1))).isFalse();
    }

    @Test
    void opensCheckOutFromTheBreakEndUntilOneMinuteToMidnight() {
        assertThat(monday.windowOf(CHECK_OUT)).contains(new EventWindow(of(13, 0), of(23, 59)));
        assertThat(monday.allows(CHECK_OUT, of(12, 59, 59))).isFalse();
        assertThat(monday.allows(CHECK_OUT, of(13, 0))).isTrue();
        assertThat(monday.allows(CHECK_OUT, of(23, 59, 59))).isTrue();
        assertThat(monday.allows(CHECK_OUT, LocalTime.MIDNIGHT)).isFalse();
    }

    @Test
    void hasNoBreakEndWindowWhenTheScheduleDoesNotRequireIt() {
        assertThat(monday.windowOf(BREAK_END)).isEmpty();
        assertThat(monday.allows(BREAK_END, of(13, 0))).isFalse();
        assertThat(monday.all()).containsOnlyKeys(CHECK_IN, BREAK_START, CHECK_OUT);
    }

    @Test
    void opensBreakEndFromTheBreakStartUntilTheEndOfTheDayWhenRequired() {
        WorkWeek week = new WorkWeek(
                Map.of(DayOfWeek.MONDAY, new DaySchedule(of(7, 30), of(16, 0), of(12, 0), of(13, 0), true)));

        AttendanceWindows windows =
                AttendanceWindows.on(MONDAY, week, WindowRules.DEFAULT).orElseThrow();

        assertThat(windows.windowOf(BREAK_END)).contains(new EventWindow(of(12, 0), of(16, 0)));
        assertThat(windows.allows(BREAK_END, of(11, 59, 59))).isFalse();
        assertThat(windows.allows(BREAK_END, of(12, 0))).isTrue();
        assertThat(windows.allows(BREAK_END, of(16, 0, 59))).isTrue();
        assertThat(windows.allows(BREAK_END, of(16, 1))).isFalse();
    }

    @Test
    void followsTheLongerFridayBreakAndLaterEnd() {
        AttendanceWindows friday = standardOn(FRIDAY);

        assertThat(friday.windowOf(CHECK_IN)).contains(new EventWindow(of(6, 0), of(16, 30)));
        assertThat(friday.windowOf(BREAK_START)).contains(new EventWindow(of(11, 30), of(13, 0)));
        assertThat(friday.windowOf(CHECK_OUT)).contains(new EventWindow(of(13, 0), of(23, 59)));
        assertThat(friday.allows(BREAK_START, of(11, 29, 59))).isFalse();
        assertThat(friday.allows(BREAK_START, of(11, 30))).isTrue();
        assertThat(friday.allows(CHECK_IN, of(16, 30, 59))).isTrue();
        assertThat(friday.allows(CHECK_IN, of(16, 31))).isFalse();
    }

    @Test
    void hasNoWindowsOnADayThatIsNotAWorkday() {
        assertThat(AttendanceWindows.on(SATURDAY, WorkWeek.standard(), WindowRules.DEFAULT))
                .isEmpty();
    }

    @Test
    void opensCheckOutAtTheStartOnADayWithoutABreak() {
        WorkWeek week = new WorkWeek(Map.of(DayOfWeek.SATURDAY, DaySchedule.withoutBreak(of(7, 30), of(12, 0))));

        AttendanceWindows saturday =
                AttendanceWindows.on(SATURDAY, week, WindowRules.DEFAULT).orElseThrow();

        assertThat(saturday.all()).containsOnlyKeys(CHECK_IN, CHECK_OUT);
        assertThat(saturday.windowOf(CHECK_IN)).contains(new EventWindow(of(6, 0), of(12, 0)));
        assertThat(saturday.windowOf(CHECK_OUT)).contains(new EventWindow(of(7, 30), of(23, 59)));
    }

    @Test
    void followsCustomWindowRules() {
        AttendanceWindows windows = AttendanceWindows.on(
                        MONDAY, WorkWeek.standard(), new WindowRules(of(5, 30), of(20, 0)))
                .orElseThrow();

        assertThat(windows.windowOf(CHECK_IN)).contains(new EventWindow(of(5, 30), of(16, 0)));
        assertThat(windows.windowOf(CHECK_OUT)).contains(new EventWindow(of(13, 0), of(20, 0)));
    }

    @Test
    void listsEveryWindowInEventOrder() {
        AttendanceWindows windows = AttendanceWindows.on(
                        MONDAY,
                        new WorkWeek(Map.of(
                                DayOfWeek.MONDAY, new DaySchedule(of(7, 30), of(16, 0), of(12, 0), of(13, 0), true))),
                        WindowRules.DEFAULT)
                .orElseThrow();

        assertThat(windows.all().keySet())
                .as("the schedule's events; an apel has its own window")
                .containsExactly(
                        AttendanceEventType.CHECK_IN,
                        AttendanceEventType.BREAK_START,
                        AttendanceEventType.BREAK_END,
                        AttendanceEventType.CHECK_OUT);
        assertThatThrownBy(() -> windows.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsTheDateAndTheScheduleItDerivesFrom() {
        assertThat(monday.date()).isEqualTo(MONDAY);
        assertThat(monday.schedule()).isEqualTo(WorkWeek.standard().on(MONDAY).orElseThrow());
    }

    @Test
    void refusesRulesThatWouldCloseCheckOutBeforeItOpens() {
        assertThatThrownBy(
                        () -> AttendanceWindows.on(MONDAY, WorkWeek.standard(), new WindowRules(of(6, 0), of(12, 0))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_SCHEDULE))
                .hasMessageContaining("CHECK_OUT");
    }

    @Test
    void showsTheDefaultRulesAsSixToOneMinuteToMidnight() {
        assertThat(WindowRules.DEFAULT).isEqualTo(new WindowRules(of(6, 0), of(23, 59)));
    }

    private static AttendanceWindows standardOn(LocalDate date) {
        return AttendanceWindows.on(date, WorkWeek.standard(), WindowRules.DEFAULT)
                .orElseThrow();
    }
}
