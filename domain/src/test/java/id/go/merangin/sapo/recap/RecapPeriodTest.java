package id.go.merangin.sapo.recap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RecapPeriodTest {

    private static final RecapPeriod SINCE_2026 = new RecapPeriod(YearMonth.of(2026, 1));
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    /** Appointed in February 2026 (the NIP's digits 9 to 14). */
    private static final Nip APPOINTED_FEBRUARY = Nip.of("199805172026021001");

    private static final Nip APPOINTED_2010 = Nip.of("198501012010011002");

    @Test
    void coversTheFirstMonthToTheCurrentOne() {
        assertThatCode(() -> SINCE_2026.requireCovered(YearMonth.of(2026, 1), MARCH))
                .doesNotThrowAnyException();
        assertThatCode(() -> SINCE_2026.requireCovered(MARCH, MARCH)).doesNotThrowAnyException();
        assertOutOfRange(() -> SINCE_2026.requireCovered(YearMonth.of(2025, 12), MARCH));
        assertOutOfRange(() -> SINCE_2026.requireCovered(YearMonth.of(2026, 4), MARCH));
        assertOutOfRange(() -> SINCE_2026.requireCovered(YearMonth.of(2000, 1), MARCH));
    }

    @Test
    void anAsnsMonthsBeginAtTheirAppointment() {
        assertOutOfRange(() -> SINCE_2026.requireCoveredFor(APPOINTED_FEBRUARY, YearMonth.of(2026, 1), MARCH));
        assertThatCode(() -> SINCE_2026.requireCoveredFor(APPOINTED_FEBRUARY, YearMonth.of(2026, 2), MARCH))
                .doesNotThrowAnyException();
        assertThatCode(() -> SINCE_2026.requireCoveredFor(APPOINTED_2010, YearMonth.of(2026, 1), MARCH))
                .doesNotThrowAnyException();
        assertOutOfRange(() -> SINCE_2026.requireCoveredFor(APPOINTED_2010, YearMonth.of(2015, 6), MARCH));
    }

    private static void assertOutOfRange(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo(ProblemCode.MONTH_OUT_OF_RANGE));
    }
}
