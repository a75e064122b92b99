package id.go.merangin.sapo.attendance;

import static id.go.merangin.sapo.attendance.MarchReview.HENDRA_NIP;
import static id.go.merangin.sapo.attendance.MarchReview.INDONESIAN;
import static id.go.merangin.sapo.attendance.MarchReview.RINA_NIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReviewWorkbookTest {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    @Test
    void keepsEveryNipAsItsEighteenDigitsInATextCell() throws IOException {
        try (Workbook workbook = written(MarchReview.diskominfo(), INDONESIAN)) {
            List<Cell> nips = column(workbook.getSheetAt(0), "NIP");

            assertThat(nips).hasSize(4).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).matches("\\d{18}");
                assertThat(cell.getCellStyle().getDataFormatString())
                        .as("kept text when edited")
                        .isEqualTo("@");
            });
            assertThat(nips)
                    .extracting(Cell::getStringCellValue)
                    .containsExactly(HENDRA_NIP, RINA_NIP, RINA_NIP, HENDRA_NIP);
        }
    }

    @Test
    void headsTheListWithItsTitleTheOpdAndThePeriod() throws IOException {
        try (Workbook workbook = written(MarchReview.diskominfo(), INDONESIAN)) {
            assertThat(texts(workbook.getSheetAt(0)))
                    .contains(
                            "DAFTAR KEHADIRAN APARATUR SIPIL NEGARA",
                            "PEMERINTAH KABUPATEN MERANGIN",
                            "OPD: Dinas Komunikasi dan Informatika",
                            "Periode: 02/03/2026 s.d. 06/03/2026 (waktu WIB)",
                            "Jumlah baris: 4",
                            "Dibuat: 07/03/2026 09:30");
            assertThat(workbook.getSheetName(0)).isEqualTo("Kehadiran");
        }
    }

    @Test
    void writesDatesAsDateCellsAndTimesInWib() throws IOException {
        try (Workbook workbook = written(MarchReview.diskominfo(), INDONESIAN)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Cell> dates = column(sheet, "Tanggal");

            assertThat(dates)
                    .allSatisfy(cell ->
                            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue());
            assertThat(dates)
                    .extracting(FORMATTER::formatCellValue)
                    .containsExactly("04/03/2026", "03/03/2026", "03/03/2026", "02/03/2026");
            assertThat(column(sheet, "Jam"))
                    .extracting(FORMATTER::formatCellValue)
                    .containsExactly("17:02", "08:12", "08:05", "07:25");
        }
    }

    @Test
    void writesEveryColumnWithoutPlaceholdersAndLeavesMissingValuesEmpty() throws IOException {
        try (Workbook workbook = written(MarchReview.diskominfo(), INDONESIAN)) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(texts(sheet)).noneMatch(text -> text.contains("#{") || text.contains("null"));
            assertThat(texts(headerRow(sheet)))
                    .containsExactly(
                            "No",
                            "Tanggal",
                            "Jam",
                            "NIP",
                            "Nama",
                            "OPD",
                            "Jenis",
                            "Hasil",
                            "Kode",
                            "Lokasi",
                            "Jarak (m)",
                            "Akurasi (m)",
                            "Aplikasi",
                            "Tanda");
            assertThat(line(sheet, 3))
                    .containsExactly(
                            "3",
                            "03/03/2026",
                            "08:05",
                            RINA_NIP,
                            "Rina Marlina",
                            "Dinas Komunikasi dan Informatika",
                            "Masuk",
                            "Di luar lokasi",
                            "",
                            "",
                            "4988",
                            "15",
                            "Tidak disebut",
                            "");
            assertThat(line(sheet, 2))
                    .containsExactly(
                            "2",
                            "03/03/2026",
                            "08:12",
                            RINA_NIP,
                            "Rina Marlina",
                            "Dinas Komunikasi dan Informatika",
                            "Masuk",
                            "Diterima",
                            "TL1",
                            "Kantor Dinas Komunikasi dan Informatika",
                            "12",
                            "8",
                            "sapo-web/1.0",
                            "Lokasi palsu");
            assertThat(line(sheet, 1))
                    .as("a manual check-out: no app, no distance")
                    .containsExactly(
                            "1",
                            "04/03/2026",
                            "17:02",
                            HENDRA_NIP,
                            "Hendra Gunawan, S.Kom.",
                            "Dinas Komunikasi dan Informatika",
                            "Pulang (Manual)",
                            "Diterima",
                            "",
                            "Kantor Dinas Komunikasi dan Informatika",
                            "",
                            "",
                            "",
                            "");
        }
    }

    @Test
    void namesTheFilterOfANarrowedListOfEveryOpd() throws IOException {
        try (Workbook workbook = written(MarchReview.everyOpd(3), INDONESIAN)) {
            assertThat(texts(workbook.getSheetAt(0)))
                    .contains(
                            "OPD: seluruh OPD",
                            "Saringan: Diterima, hanya yang perlu diperiksa, NIP atau nama \"Pegawai\"",
                            "Jumlah baris: 3");
        }
    }

    @Test
    void printsOnA4LandscapeWithTheHeaderOnEveryPage() throws IOException {
        try (Workbook workbook = written(MarchReview.everyOpd(200), INDONESIAN)) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().getFirstRow())
                    .isEqualTo(headerRow(sheet).getRowNum());
            assertThat(column(sheet, "NIP")).hasSize(200);
        }
    }

    @Test
    void speaksEnglishToAnEnglishOfficer() throws IOException {
        try (Workbook workbook = written(MarchReview.diskominfo(), Locale.ENGLISH)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet))
                    .contains(
                            "ATTENDANCE LIST OF CIVIL SERVANTS (ASN)", "Period: 02/03/2026 to 06/03/2026 (WIB times)");
            assertThat(texts(headerRow(sheet))).startsWith("No", "Date", "Time", "NIP");
        }
    }

    private static Workbook written(ReviewReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewWorkbook(MarchReview.bundle(locale), locale).write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row headerRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("No")) {
                return row;
            }
        }
        throw new AssertionError("no header row");
    }

    /** The cells under header {@code title}, one per line of the list. */
    private static List<Cell> column(Sheet sheet, String title) {
        Row header = headerRow(sheet);
        int column = texts(header).indexOf(title);
        assertThat(column).as("column " + title).isNotNegative();
        List<Cell> cells = new ArrayList<>();
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            cells.add(sheet.getRow(i).getCell(column));
        }
        return cells;
    }

    /** The texts of line {@code number} of the list, as a spreadsheet shows them. */
    private static List<String> line(Sheet sheet, int number) {
        return texts(sheet.getRow(headerRow(sheet).getRowNum() + number));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : FORMATTER.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(FORMATTER.formatCellValue(cell));
            }
        }
        return texts;
    }
}
