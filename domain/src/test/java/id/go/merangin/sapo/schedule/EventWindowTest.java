package id.go.merangin.sapo.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EventWindowTest {

    private static final EventWindow CHECK_OUT = new EventWindow(LocalTime.of(13, 0), LocalTime.of(23, 59));

    @Test
    void opensAtItsFirstMinute() {
        assertThat(CHECK_OUT.contains(LocalTime.of(12, 59, 59, 999_999_999))).isFalse();
        assertThat(CHECK_OUT.contains(LocalTime.of(13, 0))).isTrue();
    }

    @Test
    void staysOpenThroughItsLastMinuteUntilMidnight() {
        assertThat(CHECK_OUT.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(CHECK_OUT.contains(LocalTime.of(23, 59, 59))).isTrue();
        assertThat(CHECK_OUT.contains(LocalTime.MAX)).isTrue();
        assertThat(CHECK_OUT.contains(LocalTime.MIDNIGHT)).isFalse();
    }

    @Test
    void closesAfterItsLastMinute() {
        EventWindow window = new EventWindow(LocalTime.of(6, 0), LocalTime.of(16, 0));

        assertThat(window.contains(LocalTime.of(16, 0, 59))).isTrue();
        assertThat(window.contains(LocalTime.of(16, 1))).isFalse();
    }

    @Test
    void canBeASingleMinute() {
        EventWindow window = new EventWindow(LocalTime.of(12, 0), LocalTime.of(12, 0));

        assertThat(window.contains(LocalTime.of(12, 0, 30))).isTrue();
        assertThat(window.contains(LocalTime.of(12, 1))).isFalse();
    }

    @Test
    void showsItselfAsHoursAndMinutes() {
        assertThat(new EventWindow(LocalTime.of(6, 0), LocalTime.of(16, 0))).hasToString("06:00–16:00");
    }

    @Test
    void refusesToCloseBeforeItOpens() {
        assertThatThrownBy(() -> new EventWindow(LocalTime.of(16, 0), LocalTime.of(15, 59)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_SCHEDULE))
                .hasMessageContaining("16:00–15:59");
    }
}
