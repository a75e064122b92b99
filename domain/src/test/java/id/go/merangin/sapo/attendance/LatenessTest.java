package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatenessTest {

    private static final LocalTime START = LocalTime.of(7, 30);
    private static final LocalTime END = LocalTime.of(16, 0);

    @ParameterizedTest
    @CsvSource({"06:00, 0", "07:29:59, 0", "07:30, 0", "07:30:59, 0", "07:30:59.999999999, 0", "07:31, 1",
        "07:31:59, 1", "08:00, 30", "08:00:59, 30", "08:01, 31", "09:00, 90", "09:01, 91", "16:00, 510"})
    void countsLateMinutesTruncated(LocalTime checkIn, int expected) {
        assertThat(Lateness.lateMinutes(START, checkIn)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"23:59:59, 0", "16:00:01, 0", "16:00, 0", "15:59:59.999999999, 1", "15:59:01, 1", "15:59, 1",
        "15:58:59, 2", "15:30, 30", "15:29:59, 31", "14:30, 90", "14:29:59, 91", "07:30, 510"})
    void countsEarlyLeaveMinutesRoundedUp(LocalTime checkOut, int expected) {
        assertThat(Lateness.earlyLeaveMinutes(END, checkOut)).isEqualTo(expected);
    }
}
