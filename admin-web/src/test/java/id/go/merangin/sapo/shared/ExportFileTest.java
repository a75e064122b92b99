package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ExportFileTest {

    @Test
    void namesADaysExportByItsOpdAndItsFirstAndLastDay() {
        assertThat(ExportFile.name(
                        "presensi", "DISKOMINFO", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "xlsx"))
                .isEqualTo("presensi-DISKOMINFO-01-03-2026_31-03-2026.xlsx");
    }

    @Test
    void namesAMonthsExportByItsOpdAndItsMonth() {
        assertThat(ExportFile.name("rekap", "DISKOMINFO", YearMonth.of(2026, 3), "pdf"))
                .isEqualTo("rekap-DISKOMINFO-2026-03.pdf");
    }

    @Test
    void namesAnExportOfEveryOpdSo() {
        assertThat(ExportFile.name("tpp", null, YearMonth.of(2026, 3), "csv")).isEqualTo("tpp-semua-opd-2026-03.csv");
    }

    @Test
    void keepsOnlyLettersDigitsAndHyphensOfAnOpdCode() {
        assertThat(ExportFile.name("rekap", "DINAS/PU \"2\"", YearMonth.of(2026, 3), "pdf"))
                .isEqualTo("rekap-DINAS-PU--2--2026-03.pdf");
    }
}
