package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an ASN works for the regency: the days of a month they are counted for, and the dates that make no sense. */
class EmploymentTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Test
    void anAppointmentOnTheFifteenthCountsFromTheFifteenth() {
        Employment appointed = Employment.since(LocalDate.of(2026, 3, 15));

        assertThat(appointed.covers(LocalDate.of(2026, 3, 14))).isFalse();
        assertThat(appointed.covers(LocalDate.of(2026, 3, 15))).isTrue();
        assertThat(appointed.within(MARCH_1, MARCH_31))
                .contains(new Employment.Span(LocalDate.of(2026, 3, 15), MARCH_31));
        assertThat(appointed.within(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .isEmpty();
    }

    @Test
    void aRetirementOnTheTenthCountsUpToTheTenth() {
        Employment retired = new Employment(LocalDate.of(2000, 3, 1), LocalDate.of(2026, 3, 10), EmploymentEnd.PENSIUN);

        assertThat(retired.covers(LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(retired.covers(LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(retired.within(MARCH_1, MARCH_31)).contains(new Employment.Span(MARCH_1, LocalDate.of(2026, 3, 10)));
        assertThat(retired.within(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
                .isEmpty();
        assertThat(retired.endDate()).contains(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aDayLongEmploymentIsOneDay() {
        Employment oneDay = new Employment(MARCH_1, MARCH_1, EmploymentEnd.MENINGGAL);

        assertThat(oneDay.within(MARCH_1, MARCH_31)).contains(new Employment.Span(MARCH_1, MARCH_1));
    }

    @Test
    void refusesDatesThatMakeNoSense() {
        assertRefused(() -> new Employment(null, null, null));
        assertRefused(() -> new Employment(MARCH_1, LocalDate.of(2026, 2, 28), EmploymentEnd.PENSIUN));
        assertRefused(() -> new Employment(MARCH_1, MARCH_31, null));
        assertRefused(() -> new Employment(MARCH_1, null, EmploymentEnd.PENSIUN));
    }

    @Test
    void startsWithTheNipsAppointmentMonthAndNeverBeforeIt() {
        Employee employee = new Employee(
                Nip.of("198703112011012001"),
                "Dwi Lestari, S.Kom.",
                LocalDate.of(1987, 3, 11),
                null,
                null,
                new Opd("DISKOMINFO", "Dinas Kominfo", null));

        assertThat(employee.employment()).isEqualTo(Employment.since(LocalDate.of(2011, 1, 1)));
        assertThat(employee.changeEmployment(Employment.since(LocalDate.of(2019, 7, 15))))
                .as("the days from the earlier appointment on may have changed")
                .contains(LocalDate.of(2011, 1, 1));
        assertThat(employee.employment().appointment()).isEqualTo(LocalDate.of(2019, 7, 15));
        assertThat(employee.changeEmployment(Employment.since(LocalDate.of(2019, 7, 15))))
                .as("unchanged")
                .isEmpty();
        assertThat(employee.changeEmployment(
                        new Employment(LocalDate.of(2019, 7, 15), LocalDate.of(2026, 2, 10), EmploymentEnd.PENSIUN)))
                .contains(LocalDate.of(2019, 7, 15));
        assertRefused(() -> employee.changeEmployment(Employment.since(LocalDate.of(2010, 12, 31))));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_EMPLOYMENT));
    }
}
