package id.go.merangin.sapo.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartDayPermitsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Employee ASN = new Employee(
            Nip.of("199001152015031001"),
            "Rahmat Hidayat",
            LocalDate.of(1990, 1, 15),
            "Pranata Komputer",
            "III/a",
            new Opd("DISKOMINFO", "Dinas Komunikasi", null));

    @Test
    void tellsThePartDayPermitsFromTheWholeDayTypes() {
        assertThat(LeaveType.IZIN_DATANG_TERLAMBAT.partDay()).isTrue();
        assertThat(LeaveType.IZIN_PULANG_CEPAT.partDay()).isTrue();
        assertThat(LeaveType.IZIN.partDay()).isFalse();
        assertThat(LeaveType.wholeDay())
                .hasSize(LeaveType.values().length - 2)
                .doesNotContain(LeaveType.IZIN_DATANG_TERLAMBAT, LeaveType.IZIN_PULANG_CEPAT)
                .startsWith(LeaveType.IZIN)
                .endsWith(LeaveType.WFA);
    }

    @Test
    void takesAPermitForOneDayWithATimeInWholeMinutes() {
        assertThatCode(() ->
                        LeaveRequest.requireValidPermit(LeaveType.IZIN_DATANG_TERLAMBAT, DAY, DAY, LocalTime.of(9, 30)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LeaveRequest.requireValidPermit(LeaveType.CUTI_TAHUNAN, DAY, DAY.plusDays(4), null))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAPermitWithoutATimeOverTwoDaysOrWithSecondsAndATimeOnWholeDays() {
        assertInvalid(LeaveType.IZIN_PULANG_CEPAT, DAY, DAY, null);
        assertInvalid(LeaveType.IZIN_PULANG_CEPAT, DAY, DAY.plusDays(1), LocalTime.of(14, 0));
        assertInvalid(LeaveType.IZIN_DATANG_TERLAMBAT, DAY, DAY, LocalTime.of(9, 30, 15));
        assertInvalid(LeaveType.IZIN, DAY, DAY, LocalTime.of(9, 0));
    }

    @Test
    void gathersTheDaysPermitsAndLeavesWholeDaysOut() {
        LeaveRequest arrival = request(LeaveType.IZIN_DATANG_TERLAMBAT, LocalTime.of(9, 30));
        LeaveRequest leaving = request(LeaveType.IZIN_PULANG_CEPAT, LocalTime.of(14, 0));
        LeaveRequest wholeDay = request(LeaveType.DINAS_LUAR, null);

        assertThat(PartDayPermits.of(List.of(arrival, leaving)))
                .isEqualTo(new PartDayPermits(LocalTime.of(9, 30), LocalTime.of(14, 0)));
        assertThat(PartDayPermits.of(List.of(leaving))).isEqualTo(new PartDayPermits(null, LocalTime.of(14, 0)));
        assertThat(PartDayPermits.of(List.of(wholeDay))).isEqualTo(PartDayPermits.NONE);
        assertThat(PartDayPermits.of(List.of())).isEqualTo(PartDayPermits.NONE);
        assertThat(arrival.permitTime()).contains(LocalTime.of(9, 30));
        assertThat(wholeDay.permitTime()).isEmpty();
    }

    private static LeaveRequest request(LeaveType type, LocalTime time) {
        return new LeaveRequest(
                ASN, type, DAY, DAY, time, "Keperluan keluarga", null, Instant.parse("2026-03-09T01:00:00Z"));
    }

    private static void assertInvalid(LeaveType type, LocalDate start, LocalDate end, LocalTime time) {
        assertThatThrownBy(() -> LeaveRequest.requireValidPermit(type, start, end, time))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_PERMIT));
    }
}
