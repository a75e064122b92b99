package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.schedule.DaySchedule;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatenessTest {

    /** Monday to Thursday: 07:30–16:00, break 12:00–13:00, 7.5 hours of work. */
    private static final DaySchedule MONDAY =
            new DaySchedule(LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), false);
    /** A shift without a break. */
    private static final DaySchedule NIGHT = DaySchedule.withoutBreak(LocalTime.of(14, 0), LocalTime.of(21, 0));

    @ParameterizedTest
    @CsvSource({
        "06:00, 0",
        "07:29:59, 0",
        "07:30, 0",
        "07:30:59, 0",
        "07:30:59.999999999, 0",
        "07:31, 1",
        "07:31:59, 1",
        "08:00, 30",
        "08:00:59, 30",
        "08:01, 31",
        "09:00, 90",
        "09:01, 91",
        "12:00, 270",
        "12:30, 270",
        "13:00, 270",
        "13:00:59, 270",
        "13:01, 271",
        "15:59, 449",
        "15:59:59, 449",
        "16:00, 450",
        "17:00, 450"
    })
    void countsWorkingMinutesLateWithoutTheBreakSecondsDropped(LocalTime checkIn, int expected) {
        assertThat(Lateness.lateMinutes(MONDAY, checkIn)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "23:59:59, 0",
        "16:00:01, 0",
        "16:00, 0",
        "15:59:59.999999999, 0",
        "15:59:01, 0",
        "15:59, 1",
        "15:58:59, 1",
        "15:30, 30",
        "15:29:01, 30",
        "15:29:00.5, 30",
        "15:29, 31",
        "14:30, 90",
        "14:29:59, 90",
        "14:29, 91",
        "13:00, 180",
        "12:30, 180",
        "12:00, 180",
        "11:59, 181",
        "07:30, 450",
        "06:00, 450"
    })
    void countsWorkingMinutesEarlyTheSameWay(LocalTime checkOut, int expected) {
        assertThat(Lateness.earlyLeaveMinutes(MONDAY, checkOut)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"08:00:59, 15:29:01", "08:00, 15:30", "07:31, 15:59", "08:01, 15:29", "09:00, 14:30"})
    void aLateArrivalAndAnEarlyLeaveOfTheSameLengthCountTheSame(LocalTime checkIn, LocalTime checkOut) {
        assertThat(Lateness.lateMinutes(MONDAY, checkIn)).isEqualTo(Lateness.earlyLeaveMinutes(MONDAY, checkOut));
    }

    @ParameterizedTest
    @CsvSource({
        "14:00, 21:00, 420",
        "15:30:30, 21:00, 329",
        "14:00, 20:59:59, 419",
        "13:00, 22:00, 420",
        "18:00, 17:00, 0"
    })
    void countsADayWithoutABreakWhole(LocalTime from, LocalTime to, int expected) {
        assertThat(Lateness.workingMinutes(NIGHT, from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"16:00, 0", "16:00:59, 0", "16:01, 1", "16:30:59, 30", "23:59, 479", "15:00, 0"})
    void countsTheWholeMinutesAfterTheEnd(LocalTime checkOut, int expected) {
        assertThat(Lateness.minutesAfterEnd(MONDAY, checkOut)).isEqualTo(expected);
    }
}
