package id.go.merangin.sapo.recap;

import static id.go.merangin.sapo.recap.NovemberRecap.BUDI_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.INDONESIAN;
import static id.go.merangin.sapo.recap.NovemberRecap.RAHMAWATI_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.SIGNER;
import static id.go.merangin.sapo.recap.NovemberRecap.SIGNER_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.SIGNER_TITLE;
import static id.go.merangin.sapo.recap.NovemberRecap.SITI;
import static id.go.merangin.sapo.recap.NovemberRecap.SITI_NIP;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.schedule.WorkWeek;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RecapWorkbookTest {

    private static final ResourceBundle BUNDLE = NovemberRecap.bundle(INDONESIAN);
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    @Test
    void givesEveryOpdASheetNamedByItsCodeAfterTheSummary() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Ringkasan", "DISKOMINFO", "BKPSDMD");
        }
    }

    @Test
    void writesOneOpdWithoutASummaryButWithItsDays() throws IOException {
        try (Workbook workbook = written(NovemberRecap.diskominfoOnly())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("DISKOMINFO");
            assertThat(workbook.getSheetName(1)).isEqualTo("Rincian harian");
            assertThat(texts(workbook.getSheetAt(0))).doesNotContain("Bulan belum dikunci: angka masih dapat berubah.");
        }
    }

    @Test
    void writesEachDayOfAnAsnAsTheScreensDetailShowsIt() throws IOException {
        // Monday 2 to Wednesday 4 November 2026 on the standard week: on time; 45 minutes late; absent
        LocalDate monday = LocalDate.of(2026, 11, 2);
        List<DailyCode> days = List.of(
                DayRules.DEFAULT.codeOf(DayFacts.on(monday, WorkWeek.standard())
                        .withCheckIn(LocalTime.of(7, 20))
                        .withCheckOut(LocalTime.of(16, 5))),
                DayRules.DEFAULT.codeOf(DayFacts.on(monday.plusDays(1), WorkWeek.standard())
                        .withCheckIn(LocalTime.of(8, 15))
                        .withCheckOut(LocalTime.of(16, 0))),
                DayRules.DEFAULT.codeOf(DayFacts.on(monday.plusDays(2), WorkWeek.standard())));
        MonthSummary month = MonthSummary.of(YearMonth.of(2026, 11), days, RuleSet.DEFAULT);
        RecapReport.Line siti = new RecapReport.Line(1, SITI_NIP, SITI, "Pranata Komputer", "DISKOMINFO", month);
        RecapReport report = NovemberRecap.report(
                NovemberRecap.DISKOMINFO,
                false,
                NovemberRecap.section("DISKOMINFO", NovemberRecap.DISKOMINFO, null, List.of(siti)));

        try (Workbook workbook = written(report)) {
            Sheet sheet = workbook.getSheet("Rincian harian");
            assertThat(texts(row(sheet, "No")))
                    .containsExactly(
                            "No",
                            "NIP",
                            "Nama",
                            "Tanggal",
                            "Kode",
                            "Masuk",
                            "Pulang",
                            "Terlambat (menit)",
                            "Setelah diganti (menit)",
                            "Pulang cepat (menit)",
                            "Potongan (%)",
                            "Versi aturan");
            List<String> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = texts(row);
                if (cells.size() > 4 && SITI_NIP.equals(cells.get(1))) {
                    lines.add(String.join(" | ", cells.subList(3, cells.size())));
                }
            }
            assertThat(lines)
                    .containsExactly(
                            "02/11/2026 | H | 07:20 | 16:05 | 0 | 0 | 0 | 0.00 | DEFAULT",
                            "03/11/2026 | TL2 | 08:15 | 16:00 | 45 | 45 | 0 | 1.00 | DEFAULT",
                            "04/11/2026 | TK |  |  | 0 | 0 | 0 | 3.00 | DEFAULT");
        }
    }

    @Test
    void headsEachOpdSheetWithTheFormsTitleBlock() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            assertThat(texts(workbook.getSheet("DISKOMINFO")))
                    .contains(
                            "REKAPITULASI KEHADIRAN APARATUR SIPIL NEGARA", "PEMERINTAH KABUPATEN MERANGIN",
                            "OPD: Dinas Komunikasi dan Informatika", "Bulan: November 2026",
                            "Versi aturan rekap: PERBUP-2026", "Diverifikasi oleh: Hendra Gunawan, S.Kom.",
                            "Bulan belum dikunci: angka masih dapat berubah.", "Dibuat: 30 November 2026 15:45");
        }
    }

    @Test
    void headsTheTableWithTheFormsColumnsAndEveryDailyCode() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            List<String> headers = texts(row(workbook.getSheet("DISKOMINFO"), "No"));

            assertThat(headers)
                    .startsWith(
                            "No",
                            "NIP",
                            "Nama",
                            "Jabatan",
                            "Hari kerja",
                            "Hadir",
                            "H",
                            "TL1",
                            "TL2",
                            "TL3",
                            "TL4",
                            "PSW1",
                            "PSW2",
                            "PSW3",
                            "PSW4",
                            "TK",
                            "TA",
                            "Izin/Cuti/DL");
            assertThat(headers)
                    .endsWith(
                            "LIBUR",
                            "Terlambat (menit)",
                            "Setelah diganti (menit)",
                            "Pulang cepat (menit)",
                            "Potongan (%)");
            for (LeaveType type : LeaveType.wholeDay()) {
                assertThat(headers).contains(BUNDLE.getString("leave.type." + type.name()));
            }
            assertThat(headers).hasSize(4 + 2 + DailyCode.allCodes().size() + 1 + 4);
        }
    }

    @Test
    void keepsTheNipAsTextAndTheDeductionAsANumberWithTwoDecimals() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            Sheet sheet = workbook.getSheet("DISKOMINFO");
            Row budi = row(sheet, "2");
            Cell nip = budi.getCell(1);
            Cell deduction = budi.getCell(column(sheet, "Potongan (%)"));

            assertThat(nip.getCellType()).isEqualTo(CellType.STRING);
            assertThat(nip.getStringCellValue()).isEqualTo(BUDI_NIP);
            assertThat(budi.getCell(2).getStringCellValue()).isEqualTo("Budi Santoso");
            assertThat(deduction.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(deduction.getNumericCellValue()).isEqualTo(5.0);
            assertThat(deduction.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(budi.getCell(column(sheet, "TL2")).getNumericCellValue()).isEqualTo(2.0);
            assertThat(budi.getCell(column(sheet, "TK")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(budi.getCell(column(sheet, "Terlambat (menit)")).getNumericCellValue())
                    .isEqualTo(100.0);
            assertThat(budi.getCell(column(sheet, "Setelah diganti (menit)")).getNumericCellValue())
                    .isEqualTo(80.0);
            assertThat(row(sheet, "1").getCell(1).getStringCellValue()).isEqualTo(SITI_NIP);
            assertThat(row(sheet, "1").getCell(2).getStringCellValue()).isEqualTo(SITI);
        }
    }

    @Test
    void countsEachLeaveTypeInItsOwnColumnAndTogether() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            Sheet sheet = workbook.getSheet("BKPSDMD");
            Row rahmawati = row(sheet, "1");

            assertThat(rahmawati.getCell(1).getStringCellValue()).isEqualTo(RAHMAWATI_NIP);
            assertThat(rahmawati.getCell(column(sheet, "Cuti tahunan")).getNumericCellValue())
                    .isEqualTo(5.0);
            assertThat(rahmawati.getCell(column(sheet, "Izin/Cuti/DL")).getNumericCellValue())
                    .isEqualTo(5.0);
            assertThat(rahmawati.getCell(column(sheet, "Sakit")).getNumericCellValue())
                    .isZero();
        }
    }

    @Test
    void sumsTheOpdInTheTotalsRowWithTheAverageDeduction() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            Sheet sheet = workbook.getSheet("DISKOMINFO");
            Row totals = row(sheet, "Jumlah");

            assertThat(totals.getRowNum()).isEqualTo(row(sheet, "2").getRowNum() + 1);
            assertThat(totals.getCell(column(sheet, "Hadir")).getNumericCellValue())
                    .isEqualTo(41.0);
            assertThat(totals.getCell(column(sheet, "TL2")).getNumericCellValue())
                    .isEqualTo(4.0);
            assertThat(totals.getCell(column(sheet, "Pulang cepat (menit)")).getNumericCellValue())
                    .isEqualTo(35.0);
            assertThat(totals.getCell(column(sheet, "Potongan (%)")).getNumericCellValue())
                    .isEqualTo(4.0);
        }
    }

    @Test
    void endsWithTheSignatureBlock() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            List<String> texts = texts(workbook.getSheet("BKPSDMD"));

            assertThat(texts)
                    .containsSubsequence("Merangin, 30 November 2026", SIGNER_TITLE, SIGNER, "NIP. " + SIGNER_NIP);
        }
    }

    @Test
    void leavesADottedLineForASignerNotYetNamed() throws IOException {
        RecapReport report = NovemberRecap.diskominfoOnly();
        RecapReport unsigned = new RecapReport(
                report.regency(),
                report.month(),
                report.scope(),
                report.rulesVersion(),
                report.locked(),
                report.generatedAt(),
                report.sections(),
                new RecapReport.Signature("Merangin", report.signature().date(), SIGNER_TITLE, null, null));

        try (Workbook workbook = written(unsigned)) {
            assertThat(texts(workbook.getSheetAt(0)))
                    .containsSubsequence(
                            SIGNER_TITLE, "..............................", "NIP. ..............................");
        }
    }

    @Test
    void summarisesEveryOpdWithAGrandTotal() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            Sheet summary = workbook.getSheet("Ringkasan");

            assertThat(texts(row(summary, "No")))
                    .containsExactly(
                            "No",
                            "Kode OPD",
                            "Nama OPD",
                            "ASN",
                            "Hari kerja",
                            "Hadir",
                            "TK",
                            "Rata-rata potongan (%)",
                            "Diverifikasi oleh");
            assertThat(texts(row(summary, "1")))
                    .containsExactly(
                            "1",
                            "DISKOMINFO",
                            NovemberRecap.DISKOMINFO,
                            "2",
                            "42",
                            "41",
                            "1",
                            "4.00",
                            "Hendra Gunawan, S.Kom.");
            assertThat(texts(row(summary, "2")))
                    .containsExactly(
                            "2",
                            "BKPSDMD",
                            NovemberRecap.BKPSDMD,
                            "2",
                            "42",
                            "20",
                            "17",
                            "25.00",
                            "Belum diverifikasi");
            assertThat(texts(row(summary, "Jumlah")))
                    .containsExactly("Jumlah", "", "", "4", "84", "61", "18", "14.50", "");
            assertThat(texts(summary)).contains("OPD: seluruh OPD", SIGNER);
        }
    }

    @Test
    void freezesTheHeaderAndPrintsLandscapeOnA4FittedToTheWidth() throws IOException {
        try (Workbook workbook = written(NovemberRecap.everyOpd())) {
            Sheet sheet = workbook.getSheet("DISKOMINFO");
            int header = row(sheet, "No").getRowNum();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow())
                    .isEqualTo(header + 1);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
            assertThat(workbook.getFontAt(sheet.getRow(header)
                                    .getCell(0)
                                    .getCellStyle()
                                    .getFontIndex())
                            .getBold())
                    .isTrue();
        }
    }

    @Test
    void namesSheetsAsExcelAllowsAndNeverTwice() throws IOException {
        RecapReport report = NovemberRecap.report(
                null,
                false,
                NovemberRecap.section("PUSKESMAS/BANGKO:RAWAT*INAP[1]", "Puskesmas Bangko", null, List.of()),
                NovemberRecap.section("puskesmas/bangko:rawat*inap[1]", "Puskesmas Bangko II", null, List.of()),
                NovemberRecap.section("Ringkasan", "Unit yang bernama Ringkasan", null, List.of()));

        try (Workbook workbook = written(report)) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly(
                            "Ringkasan",
                            "PUSKESMAS BANGKO RAWAT INAP 1",
                            "puskesmas bangko rawat inap (2)",
                            "Ringkasan (2)");
        }
    }

    @Test
    void writesAnOpdWithoutEmployeesWithAZeroTotalsRow() throws IOException {
        try (Workbook workbook = written(NovemberRecap.opdWithoutEmployees())) {
            Sheet sheet = workbook.getSheetAt(0);
            Row totals = row(sheet, "Jumlah");

            assertThat(totals.getRowNum()).isEqualTo(row(sheet, "No").getRowNum() + 1);
            assertThat(texts(totals).subList(4, texts(totals).size())).containsOnly("0", "0.00");
            assertThat(texts(sheet)).contains(SIGNER);
        }
    }

    @Test
    void writesAnOpdLargerThanTheRowsItKeepsInMemory() throws IOException {
        List<RecapReport.Line> lines = IntStream.rangeClosed(1, 600)
                .mapToObj(number -> new RecapReport.Line(
                        number,
                        String.format("19900101201503%04d", number),
                        "Pegawai " + number,
                        "Perawat",
                        "RSUD",
                        NovemberRecap.recap(
                                20, 0, NovemberRecap.codes(Map.of("H", 20, "TK", 1)), 0, 0, 0, "3.00", false)))
                .toList();
        RecapReport report = NovemberRecap.report(
                "RSUD Kolonel Abundjani", true, NovemberRecap.section("RSUD", "RSUD Kolonel Abundjani", null, lines));

        try (Workbook workbook = written(report)) {
            Sheet sheet = workbook.getSheet("RSUD");

            assertThat(row(sheet, "600").getCell(1).getStringCellValue()).isEqualTo("199001012015030600");
            assertThat(row(sheet, "Jumlah").getCell(column(sheet, "TK")).getNumericCellValue())
                    .isEqualTo(600.0);
            assertThat(texts(sheet)).contains(SIGNER);
        }
    }

    private static Workbook written(RecapReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecapWorkbook(BUNDLE, INDONESIAN).write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The first row whose first cell shows {@code first}. */
    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && FORMATTER.formatCellValue(row.getCell(0)).equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + first + " in " + sheet.getSheetName());
    }

    /** The index of the table's column headed {@code header}. */
    private static int column(Sheet sheet, String header) {
        int column = texts(row(sheet, "No")).indexOf(header);
        assertThat(column).as(header).isNotNegative();
        return column;
    }

    /** What each cell of {@code row} shows, as Excel formats it. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : FORMATTER.formatCellValue(cell));
        }
        return texts;
    }

    /** Every text cell of {@code sheet}, top to bottom. */
    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && !cell.getStringCellValue().isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
