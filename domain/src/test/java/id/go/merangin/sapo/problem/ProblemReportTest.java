package id.go.merangin.sapo.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.attendance.AttendanceEvent;
import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T00:40:00Z");
    private static final Employee ASN = new Employee(
            Nip.of("199001152015031001"),
            "Rahmat Hidayat",
            LocalDate.of(1990, 1, 15),
            "Pranata Komputer",
            "Penata Muda (III/a)",
            new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", null));

    @Test
    void isOpenUntilTheAdminAnswers() {
        ProblemReport report =
                new ProblemReport(ASN, ProblemCategory.LOKASI_GPS, "Saya di kantor tapi ditolak", null, MORNING);

        assertThat(report.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(report.replies()).isEmpty();
        assertThat(report.attempt()).isEmpty();
    }

    @Test
    void isAnsweredWithTheRepliesInOrder() {
        ProblemReport report =
                new ProblemReport(ASN, ProblemCategory.APLIKASI, "Aplikasi keluar sendiri", null, MORNING);

        report.answer("admin.diskominfo", "Mohon perbarui aplikasi.", MORNING.plusSeconds(600));
        report.answer("admin.diskominfo", "Sudah kami perbaiki.", MORNING.plusSeconds(1200));

        assertThat(report.status()).isEqualTo(ProblemStatus.ANSWERED);
        assertThat(report.replies())
                .extracting(ProblemReply::message)
                .containsExactly("Mohon perbarui aplikasi.", "Sudah kami perbaiki.");
        assertThat(report.replies().get(0).author()).isEqualTo("admin.diskominfo");
    }

    @Test
    void keepsTheMessageAsTyped() {
        String message = "<img src=x onerror=alert(1)> Robert'); DELETE FROM attendance_event;--";

        assertThat(new ProblemReport(ASN, ProblemCategory.LAINNYA, message, null, MORNING).message())
                .isEqualTo(message);
    }

    @Test
    void refusesAMessageLongerThanTwoThousandCharacters() {
        assertThat(new ProblemReport(ASN, ProblemCategory.LAINNYA, "x".repeat(2000), null, MORNING).message())
                .hasSize(2000);
        assertThatThrownBy(() -> new ProblemReport(ASN, ProblemCategory.LAINNYA, "x".repeat(2001), null, MORNING))
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code())
                .isEqualTo(ProblemCode.INVALID_FIELD);
    }

    @Test
    void refusesAnEmptyAnswer() {
        ProblemReport report = new ProblemReport(ASN, ProblemCategory.JADWAL, "Jadwal Ramadan salah", null, MORNING);

        assertThatThrownBy(() -> report.answer("admin.diskominfo", " ", MORNING))
                .isInstanceOf(SapoException.class);
        assertThat(report.status()).isEqualTo(ProblemStatus.OPEN);
    }

    @Test
    void namesOnlyARefusedAttempt() {
        AttendanceEvent refused = AttendanceEvent.refused(
                ASN, AttendanceEventType.CHECK_IN, "OUTSIDE_GEOFENCE", "", MORNING, LocalDate.of(2026, 3, 2));
        AttendanceEvent accepted =
                AttendanceEvent.accepted(ASN, AttendanceEventType.CHECK_IN, MORNING, LocalDate.of(2026, 3, 2));

        assertThat(new ProblemReport(ASN, ProblemCategory.LOKASI_GPS, "Ditolak", refused, MORNING).attempt())
                .contains(refused);
        assertThatThrownBy(() -> new ProblemReport(ASN, ProblemCategory.LOKASI_GPS, "Diterima", accepted, MORNING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
