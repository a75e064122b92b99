package id.go.merangin.sapo.schedule;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DayScheduleTest {

    @Test
    void worksSevenAndAHalfHoursOnAStandardMonday() {
        DaySchedule monday = new DaySchedule(of(7, 30), of(16, 0), of(12, 0), of(13, 0), false);

        assertThat(monday.hasBreak()).isTrue();
        assertThat(monday.workingTime()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void worksTheWholeSpanOnADayWithoutABreak() {
        DaySchedule shift = DaySchedule.withoutBreak(of(8, 0), of(14, 30));

        assertThat(shift.hasBreak()).isFalse();
        assertThat(shift.breakStart()).isNull();
        assertThat(shift.workingTime()).isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void acceptsABreakOfNoLength() {
        assertThat(new DaySchedule(of(8, 0), of(14, 0), of(12, 0), of(12, 0), false).workingTime())
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void refusesABreakThatStartsWithTheDay() {
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), of(7, 30), of(8, 0), false));
    }

    @Test
    void refusesABreakThatEndsWithTheDay() {
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), of(15, 0), of(16, 0), false));
    }

    @Test
    void refusesABreakThatEndsBeforeItStarts() {
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), of(13, 0), of(12, 0), false));
    }

    @Test
    void refusesADayThatEndsBeforeItStarts() {
        assertInvalid(() -> DaySchedule.withoutBreak(of(16, 0), of(7, 30)));
        assertInvalid(() -> DaySchedule.withoutBreak(of(7, 30), of(7, 30)));
    }

    @Test
    void refusesHalfABreak() {
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), of(12, 0), null, false));
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), null, of(13, 0), false));
    }

    @Test
    void refusesToRequireBreakEndWithoutABreak() {
        assertInvalid(() -> new DaySchedule(of(7, 30), of(16, 0), null, null, true));
    }

    @Test
    void refusesTimesThatAreNotWholeMinutes() {
        assertInvalid(() -> DaySchedule.withoutBreak(LocalTime.of(7, 30, 30), of(16, 0)));
    }

    private static void assertInvalid(Executable construction) {
        assertThatThrownBy(construction::execute)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_SCHEDULE));
    }
}
