package id.go.merangin.sapo.employee.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.merangin.sapo.employee.EmploymentEnd;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterSheetReaderTest {

    /** Born 15 March 1985, CPNS from January 2010, male, sequence 001. */
    private static final String NIP = "198503152010011001";

    private static final LocalDate BORN = LocalDate.of(1985, 3, 15);
    private static final Object[] HEADER = {"NIP", "Nama", "Tanggal Lahir", "Kode OPD", "Jabatan", "Pangkat/Golongan"};
    private static final String CSV_HEADER = "NIP,Nama,Tanggal Lahir,Kode OPD,Jabatan,Pangkat/Golongan\n";

    private final RosterSheetReader reader = new RosterSheetReader();

    /** What a number cell stores in the file, e.g. as Excel writes it ({@code 1.98503152010011E+17}). */
    private record StoredNumber(String stored) {}

    /** Valid NIPs of ASN born on {@link #BORN}, distinct for {@code i} from 0 to 11,999. */
    private static String nip(int i) {
        int month = i / 100;
        return String.format("19850315%04d%02d1%03d", 2005 + month / 12, month % 12 + 1, i % 100 + 1);
    }

    /** A workbook whose first sheet holds {@code rows} from line 1; a {@code null} row or cell is left out. */
    private static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("ASN");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (value instanceof String text) {
                        cell.setCellValue(text);
                    } else if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof StoredNumber number) {
                        cell.setCellValue(0d);
                        cell.getCTCell().setV(number.stored());
                    } else {
                        throw new IllegalArgumentException(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private RosterSheet readXlsx(byte[] content) {
        return reader.read(content, "daftar-asn.xlsx", RosterFormat.XLSX_CONTENT_TYPE);
    }

    private RosterSheet readCsv(String text) {
        return reader.read(utf8(text), "daftar-asn.csv", "text/csv");
    }

    private static ProblemCode codeOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((SapoException) thrown).code();
    }

    private static RejectedRow onlyRejection(RosterSheet sheet) {
        assertThat(sheet.accepted()).isEmpty();
        assertThat(sheet.rejected()).hasSize(1);
        return sheet.rejected().get(0);
    }

    // XLSX

    @Test
    void readsAWorkbookWithTextNipsAndDateCells() {
        RosterSheet sheet = readXlsx(xlsx(
                HEADER, row(NIP, "Budi Santoso, S.Pd.", BORN, "DISDIK", "Guru Ahli Pertama", "Penata Muda, III/a")));

        assertThat(sheet.rejected()).isEmpty();
        assertThat(sheet.accepted())
                .containsExactly(new RosterRow(
                        2,
                        Nip.of(NIP),
                        "Budi Santoso, S.Pd.",
                        BORN,
                        "DISDIK",
                        "Guru Ahli Pertama",
                        "Penata Muda, III/a",
                        null));
    }

    @Test
    void acceptsANipInANumberCellWhenTheFileStoresAllEighteenDigits() {
        RosterSheet sheet =
                readXlsx(xlsx(HEADER, row(new StoredNumber(NIP), "Budi Santoso", BORN, "DISDIK", "Guru", "III/a")));

        assertThat(sheet.accepted()).extracting(RosterRow::nip).containsExactly(Nip.of(NIP));
    }

    @Test
    void rejectsANipInANumberCellThatLostItsLastDigits() {
        RosterSheet sheet = readXlsx(xlsx(
                HEADER,
                row(new StoredNumber("1.98503152010011E+17"), "Excel's fifteen digits", BORN, "DISDIK", null, null),
                row(new StoredNumber("198503152010011000"), "Fifteen digits written out", BORN, "DISDIK", null, null),
                row(198503152010011001d, "Through a double", BORN, "DISDIK", null, null)));

        assertThat(sheet.accepted()).isEmpty();
        assertThat(sheet.rejected())
                .extracting(RejectedRow::line, RejectedRow::code)
                .containsExactly(
                        tuple(2, RejectedRow.NIP_NOT_TEXT),
                        tuple(3, RejectedRow.NIP_NOT_TEXT),
                        tuple(4, RejectedRow.NIP_NOT_TEXT));
        assertThat(sheet.rejected().get(0).detail()).contains("198503152010011000", "format the NIP column as Text");
    }

    @Test
    void readsANumericOpdCodeAsExcelShowsIt() {
        RosterSheet sheet = readXlsx(xlsx(HEADER, row(NIP, "Budi Santoso", BORN, 1020d, null, null)));

        assertThat(sheet.accepted()).extracting(RosterRow::opdCode).containsExactly("1020");
    }

    @Test
    void rejectsABirthDateCellThatHoldsAPlainNumber() {
        RejectedRow rejected =
                onlyRejection(readXlsx(xlsx(HEADER, row(NIP, "Budi Santoso", 31121d, "DISDIK", null, null))));

        assertThat(rejected.code()).isEqualTo(RejectedRow.INVALID_BIRTH_DATE);
        assertThat(rejected.detail()).contains("31121");
    }

    @Test
    void skipsBlankRowsAndKeepsTheLineNumbersExcelShows() {
        RosterSheet sheet = readXlsx(xlsx(
                null,
                HEADER,
                row(nip(0), "Budi Santoso", BORN, "DISDIK", null, null),
                null,
                row(" ", "", null, null, null, null, "only a remark in an unnamed column"),
                row(nip(1), "Siti Aminah", BORN, "DINKES", null, null)));

        assertThat(sheet.rejected()).isEmpty();
        assertThat(sheet.accepted()).extracting(RosterRow::line).containsExactly(3, 6);
    }

    @Test
    void matchesHeadersInAnyOrderCaseAndLanguage() {
        RosterSheet sheet = readXlsx(xlsx(
                row("No", "RANK", "opd code", "Full Name", "Date of birth (dd/mm/yyyy)", "Position", " nip "),
                row("1", "III/a", "DISDIK", "Budi Santoso", "15/03/1985", "Guru", NIP)));

        assertThat(sheet.accepted())
                .containsExactly(new RosterRow(2, Nip.of(NIP), "Budi Santoso", BORN, "DISDIK", "Guru", "III/a", null));
    }

    @Test
    void refusesAHeaderWithoutTheBirthDateColumn() {
        byte[] content = xlsx(
                row("NIP", "Nama", "Kode OPD", "Jabatan", "Golongan"),
                row(NIP, "Budi Santoso", "DISDIK", "Guru", "III/a"));

        assertThatThrownBy(() -> readXlsx(content)).satisfies(thrown -> {
            assertThat(codeOf(thrown)).isEqualTo(ProblemCode.MISSING_COLUMN);
            assertThat(((SapoException) thrown).details()).containsEntry("columns", "Tanggal Lahir");
            assertThat(thrown).hasMessageContaining("Tanggal Lahir");
        });
    }

    @Test
    void refusesAFileWhoseFirstRowIsDataRatherThanTheHeader() {
        byte[] content = xlsx(row(NIP, "Budi Santoso", BORN, "DISDIK", "Guru", "III/a"));

        assertThatThrownBy(() -> readXlsx(content))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.MISSING_HEADER);
    }

    @Test
    void refusesAHeaderWithTwoColumnsForTheRank() {
        byte[] content = xlsx(row("NIP", "Nama", "Tanggal Lahir", "Kode OPD", "Jabatan", "Pangkat", "Golongan"));

        assertThatThrownBy(() -> readXlsx(content)).satisfies(thrown -> {
            assertThat(codeOf(thrown)).isEqualTo(ProblemCode.DUPLICATE_COLUMN);
            assertThat(((SapoException) thrown).details()).containsEntry("columns", "Pangkat, Golongan");
        });
    }

    @Test
    void refusesAWorkbookWithNoRows() {
        assertThatThrownBy(() -> readXlsx(xlsx()))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.EMPTY_FILE);
    }

    @Test
    void refusesGarbageBytes() {
        byte[] noise = new byte[4000];
        new Random(11).nextBytes(noise);
        byte[] brokenZip = noise.clone();
        brokenZip[0] = 'P';
        brokenZip[1] = 'K';
        brokenZip[2] = 3;
        brokenZip[3] = 4;

        assertThatThrownBy(() -> reader.read(noise, "daftar-asn.xlsx", null))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThatThrownBy(() -> reader.read(brokenZip, "daftar-asn.xlsx", null))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThatThrownBy(() -> reader.read(noise, "daftar-asn.csv", "text/csv"))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @Test
    void refusesAZipArchiveThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(utf8("not a workbook"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> readXlsx(out.toByteArray()))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @Test
    void refusesAWorkbookThatInflatesLikeAZipBomb() throws IOException {
        byte[] workbook = xlsx(HEADER, row(NIP, "Budi Santoso", BORN, "DISDIK", null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = utf8(xml.replace("</worksheet>", " ".repeat(20_000_000) + "</worksheet>"));
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }

        assertThat(out.size()).isLessThan(200_000);
        assertThatThrownBy(() -> readXlsx(out.toByteArray())).satisfies(thrown -> {
            assertThat(codeOf(thrown)).isEqualTo(ProblemCode.UNREADABLE_FILE);
            assertThat(thrown).hasMessageContaining("Zip bomb");
        });
    }

    @Test
    void refusesAnOldXlsWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("ASN").createRow(0).createCell(0).setCellValue("NIP");
            workbook.write(out);
        }

        assertThatThrownBy(() -> reader.read(out.toByteArray(), "daftar-asn.xls", "application/vnd.ms-excel"))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNSUPPORTED_FORMAT);
    }

    @Test
    void refusesAFileThatIsNeitherAWorkbookNorCsv() {
        assertThatThrownBy(() -> reader.read(utf8("%PDF-1.7\n"), "daftar-asn.pdf", "application/pdf"))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNSUPPORTED_FORMAT);
    }

    // The row checks, whatever the format

    @Test
    void rejectsRowWhoseNipDisagreesWithBirthDate() {
        RejectedRow rejected = onlyRejection(readCsv(CSV_HEADER + NIP + ",Budi Santoso,16/03/1985,DISDIK,,\n"));

        assertThat(rejected)
                .isEqualTo(new RejectedRow(
                        2,
                        RejectedRow.NIP_BIRTH_DATE_MISMATCH,
                        "NIP 198503152010011001 starts with the birth date 1985-03-15, not 1985-03-16"));
    }

    @Test
    void rejectsAMalformedNipNamingIt() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + "19850315201001100,Seventeen Digits,15/03/1985,DISDIK,,\n"
                + "198503152010013001,Sex Digit Three,15/03/1985,DISDIK,,\n");

        assertThat(sheet.accepted()).isEmpty();
        assertThat(sheet.rejected()).extracting(RejectedRow::code).containsOnly(RejectedRow.INVALID_NIP);
        assertThat(sheet.rejected().get(0).detail()).contains("19850315201001100", "18 digits");
        assertThat(sheet.rejected().get(1).detail()).contains("198503152010013001", "sex digit");
    }

    @Test
    void rejectsRowsMissingTheNipNameBirthDateOrOpdCode() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + ",No Nip,15/03/1985,DISDIK,,\n"
                + nip(1) + ",,15/03/1985,DISDIK,,\n"
                + nip(2) + ",No Birth Date,,DISDIK,,\n"
                + nip(3) + ",No Opd,15/03/1985,,,\n");

        assertThat(sheet.accepted()).isEmpty();
        assertThat(sheet.rejected())
                .extracting(RejectedRow::code)
                .containsExactly(
                        RejectedRow.MISSING_NIP,
                        RejectedRow.MISSING_NAME,
                        RejectedRow.MISSING_BIRTH_DATE,
                        RejectedRow.MISSING_OPD);
        assertThat(sheet.rejected()).extracting(RejectedRow::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void readsBirthDatesWrittenDayMonthYearOrIso() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + nip(0) + ",Day First,15/03/1985,DISDIK,,\n"
                + "199003052015022001,Short Day And Month,5/3/1990,DISDIK,,\n"
                + nip(2) + ",Iso,1985-03-15,DISDIK,,\n");

        assertThat(sheet.rejected()).isEmpty();
        assertThat(sheet.accepted())
                .extracting(RosterRow::birthDate)
                .containsExactly(BORN, LocalDate.of(1990, 3, 5), BORN);
    }

    @Test
    void rejectsABirthDateThatIsNoRealDateOrInAnotherForm() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + nip(0) + ",Thirty First Of February,31/02/1985,DISDIK,,\n"
                + nip(1) + ",Dashes,15-03-1985,DISDIK,,\n"
                + nip(2) + ",Two Digit Year,15/03/85,DISDIK,,\n");

        assertThat(sheet.accepted()).isEmpty();
        assertThat(sheet.rejected()).extracting(RejectedRow::code).containsOnly(RejectedRow.INVALID_BIRTH_DATE);
        assertThat(sheet.rejected().get(0).detail()).contains("31/02/1985");
    }

    @Test
    void takesTextUpToTheLengthOfItsDatabaseColumn() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + nip(0) + "," + "N".repeat(200) + ",15/03/1985," + "O".repeat(40) + "," + "P".repeat(200) + ","
                + "R".repeat(100) + "\n"
                + nip(1) + "," + "N".repeat(201) + ",15/03/1985,DISDIK,,\n"
                + nip(2) + ",Long Opd Code,15/03/1985," + "O".repeat(41) + ",,\n"
                + nip(3) + ",Long Position,15/03/1985,DISDIK," + "P".repeat(201) + ",\n"
                + nip(4) + ",Long Rank,15/03/1985,DISDIK,," + "R".repeat(101) + "\n");

        assertThat(sheet.accepted()).extracting(RosterRow::line).containsExactly(2);
        assertThat(sheet.rejected())
                .extracting(RejectedRow::code)
                .containsExactly(
                        RejectedRow.NAME_TOO_LONG,
                        RejectedRow.OPD_CODE_TOO_LONG,
                        RejectedRow.POSITION_TOO_LONG,
                        RejectedRow.RANK_TOO_LONG);
        assertThat(sheet.rejected().get(0).detail()).contains("201 characters", "200 allowed");
    }

    @Test
    void leavesABlankPositionAndRankEmpty() {
        RosterSheet sheet = readCsv(CSV_HEADER + NIP + ",Budi Santoso,15/03/1985,DISDIK, , \n");

        assertThat(sheet.accepted())
                .extracting(RosterRow::position, RosterRow::rank)
                .containsExactly(tuple(null, null));
    }

    @Test
    void trimsValuesIncludingNonBreakingSpaces() {
        RosterSheet sheet =
                readCsv(CSV_HEADER + " " + NIP + "\u00A0, Budi Santoso\u00A0,\t15/03/1985 , DISDIK ,  Guru ,III/a \n");

        assertThat(sheet.accepted())
                .containsExactly(new RosterRow(2, Nip.of(NIP), "Budi Santoso", BORN, "DISDIK", "Guru", "III/a", null));
    }

    @Test
    void acceptsTheNipAsItIsPrintedInGroups() {
        RosterSheet sheet = readCsv(CSV_HEADER + "19850315 201001 1 001,Budi Santoso,15/03/1985,DISDIK,,\n");

        assertThat(sheet.accepted()).extracting(RosterRow::nip).containsExactly(Nip.of(NIP));
    }

    @Test
    void rejectsANameWithALineBreak() {
        RejectedRow rejected = onlyRejection(readCsv(CSV_HEADER + NIP + ",\"Budi\nSantoso\",15/03/1985,DISDIK,,\n"));

        assertThat(rejected.code()).isEqualTo(RejectedRow.INVALID_CHARACTER);
        assertThat(rejected.line()).isEqualTo(2);
    }

    @Test
    void rejectsEveryRowThatRepeatsANip() {
        RosterSheet sheet = readCsv(CSV_HEADER
                + NIP + ",Budi Santoso,15/03/1985,DISDIK,,\n"
                + nip(5) + ",Siti Aminah,15/03/1985,DINKES,,\n"
                + NIP + ",Budi Santoso,15/03/1985,BAPPEDA,,\n"
                + NIP + ",,15/03/1985,BAPPEDA,,\n");

        assertThat(sheet.accepted()).extracting(RosterRow::line).containsExactly(3);
        assertThat(sheet.rejected()).extracting(RejectedRow::line).containsExactly(2, 4, 5);
        assertThat(sheet.rejected()).extracting(RejectedRow::code).containsOnly(RejectedRow.DUPLICATE_NIP_IN_FILE);
        assertThat(sheet.rejected().get(0).detail()).isEqualTo("NIP " + NIP + " appears on lines 2, 4, 5");
    }

    // CSV

    @Test
    void readsACommaSeparatedFileWithQuotedValues() throws IOException {
        String csv = CSV_HEADER + NIP + ",\"Budi Santoso, S.Pd.\",15/03/1985,DISDIK,Guru,\"Penata Muda, III/a\"\n";

        RosterSheet sheet = reader.read(new ByteArrayInputStream(utf8(csv)), null, "text/csv; charset=UTF-8");

        assertThat(sheet.accepted())
                .containsExactly(new RosterRow(
                        2, Nip.of(NIP), "Budi Santoso, S.Pd.", BORN, "DISDIK", "Guru", "Penata Muda, III/a", null));
    }

    @Test
    void takesTheAppointmentDateFromAnOptionalTmtColumn() {
        String csv = "NIP,Nama,Tanggal Lahir,Kode OPD,Jabatan,Pangkat/Golongan,TMT\n"
                + NIP + ",Budi Santoso,15/03/1985,DISDIK,Guru,III/a,15/07/2019\n"
                + nip(7) + ",Siti Aminah,15/03/1985,DINKES,Bidan,III/b,\n"
                + nip(8) + ",Rudi Hartono,15/03/1985,DINKES,Bidan,III/b,31/12/1999\n";

        RosterSheet sheet = readCsv(csv);

        assertThat(sheet.accepted())
                .extracting(RosterRow::appointment)
                .containsExactly(LocalDate.of(2019, 7, 15), null);
        assertThat(sheet.rejected())
                .as("before the appointment month in the NIP")
                .extracting(RejectedRow::code)
                .containsExactly(RejectedRow.INVALID_APPOINTMENT);
    }

    @Test
    void takesTheEndWithItsReasonAndTheTransferDateFromOptionalColumns() {
        String csv = "NIP,Nama,Tanggal Lahir,Kode OPD,Jabatan,Pangkat/Golongan,Tanggal Berhenti,Alasan Berhenti,"
                + "TMT Mutasi\n"
                + NIP + ",Budi Santoso,15/03/1985,DISDIK,Guru,III/a,10/02/2026,Pensiun,\n"
                + nip(7) + ",Siti Aminah,15/03/1985,DINKES,Bidan,III/b,,,16/02/2026\n"
                + nip(8) + ",Rudi Hartono,15/03/1985,DINKES,Bidan,III/b,10/02/2026,,\n"
                + nip(9) + ",Rina Wati,15/03/1985,DINKES,Bidan,III/b,,pindah keluar,\n"
                + nip(10) + ",Dedi Kurnia,15/03/1985,DINKES,Bidan,III/b,10/02/2026,cuti,\n"
                + nip(11) + ",Eka Putri,15/03/1985,DINKES,Bidan,III/b,,,kemarin\n"
                + nip(12) + ",Fajar Nugroho,15/03/1985,DINKES,Bidan,III/b,01/01/2000,Meninggal,\n";

        RosterSheet sheet = readCsv(csv);

        assertThat(sheet.accepted())
                .extracting(RosterRow::end, RosterRow::endReason, RosterRow::transferDate)
                .containsExactly(
                        tuple(LocalDate.of(2026, 2, 10), EmploymentEnd.PENSIUN, null),
                        tuple(null, null, LocalDate.of(2026, 2, 16)));
        assertThat(sheet.rejected())
                .extracting(RejectedRow::line, RejectedRow::code)
                .containsExactly(
                        tuple(4, RejectedRow.INVALID_END),
                        tuple(5, RejectedRow.INVALID_END),
                        tuple(6, RejectedRow.INVALID_END),
                        tuple(7, RejectedRow.INVALID_TRANSFER),
                        tuple(8, RejectedRow.INVALID_END));
    }

    @Test
    void readsASemicolonSeparatedExcelExportWithAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("NIP;Nama;Tanggal Lahir;Kode OPD;Jabatan;Pangkat/Golongan\r\n"
                + NIP + ";Budi Santoso, S.Pd.;15/03/1985;DISDIK;Guru;Penata Muda, III/a\r\n"
                + ";;;;;\r\n"
                + nip(7) + ";Siti Aminah;15/03/1985;DINKES;Bidan;III/b\r\n");
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        RosterSheet sheet = reader.read(content, "Daftar ASN.CSV", "application/vnd.ms-excel");

        assertThat(sheet.rejected()).isEmpty();
        assertThat(sheet.accepted())
                .containsExactly(
                        new RosterRow(
                                2,
                                Nip.of(NIP),
                                "Budi Santoso, S.Pd.",
                                BORN,
                                "DISDIK",
                                "Guru",
                                "Penata Muda, III/a",
                                null),
                        new RosterRow(4, Nip.of(nip(7)), "Siti Aminah", BORN, "DINKES", "Bidan", "III/b", null));
    }

    @Test
    void countsLinesFromTheTopEvenAfterEmptyLinesBeforeTheHeader() {
        RosterSheet sheet = readCsv("\n\n" + CSV_HEADER + "\n" + NIP + ",Budi Santoso,15/03/1985,DISDIK,,\n");

        assertThat(sheet.accepted()).extracting(RosterRow::line).containsExactly(5);
    }

    @Test
    void rejectsANipThatExcelSavedInScientificNotation() {
        RejectedRow rejected = onlyRejection(readCsv(CSV_HEADER + "1.98503E+17,Budi Santoso,15/03/1985,DISDIK,,\n"));

        assertThat(rejected.code()).isEqualTo(RejectedRow.NIP_NOT_TEXT);
        assertThat(rejected.detail()).contains("1.98503E+17", "format the NIP column as Text");
    }

    @Test
    void refusesACsvFileThatIsNotUtf8() {
        byte[] windows1252 = (CSV_HEADER + NIP + ",Budi \u2019Santoso,15/03/1985,DISDIK,,\n")
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> reader.read(windows1252, "daftar-asn.csv", null))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.CSV_NOT_UTF8);
    }

    @Test
    void refusesACsvFileWithAnUnclosedQuote() {
        assertThatThrownBy(() -> readCsv(CSV_HEADER + NIP + ",\"Budi Santoso,15/03/1985,DISDIK,,\n"))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @Test
    void refusesAnEmptyOrBlankCsvFile() {
        assertThatThrownBy(() -> readCsv(""))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.EMPTY_FILE);
        assertThatThrownBy(() -> readCsv("\n \r\n;;;\n"))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.EMPTY_FILE);
    }

    @Test
    void readsTenThousandRowsAndRefusesOneMore() {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < RosterSheetReader.MAX_ROWS; i++) {
            csv.append(nip(i)).append(",ASN ").append(i).append(",15/03/1985,DISDIK,,\n");
            if (i % 1000 == 0) {
                csv.append(",,,,,\n");
            }
        }

        RosterSheet full = readCsv(csv.toString());
        csv.append(nip(RosterSheetReader.MAX_ROWS)).append(",One Too Many,15/03/1985,DISDIK,,\n");

        assertThat(full.accepted()).hasSize(RosterSheetReader.MAX_ROWS);
        assertThat(full.rejected()).isEmpty();
        assertThatThrownBy(() -> readCsv(csv.toString())).satisfies(thrown -> {
            assertThat(codeOf(thrown)).isEqualTo(ProblemCode.TOO_MANY_ROWS);
            assertThat(((SapoException) thrown).details()).containsEntry("maxRows", RosterSheetReader.MAX_ROWS);
        });
    }

    @Test
    void stopsReadingAWorkbookAtTheRowOneTooManyWithoutParsingTheRest() throws IOException {
        Object[][] rows = new Object[RosterSheetReader.MAX_ROWS + 3][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row(nip(i), "ASN " + i, BORN, "DISDIK", null, null);
        }
        // the worksheet's XML broken after the row one too many: only a reader that stops there never sees it
        byte[] broken = withSheetCutAfter(xlsx(rows), "<row r=\"" + (RosterSheetReader.MAX_ROWS + 3) + "\"");

        assertThatThrownBy(() -> readXlsx(broken))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.TOO_MANY_ROWS);
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanItsLimit() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream workbook = new ZipInputStream(new ByteArrayInputStream(xlsx(row(HEADER))));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = workbook.getNextEntry(); entry != null; entry = workbook.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                workbook.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= XlsxRows.MAX_ENTRY_BYTES; written += zeros.length) {
                out.write(zeros);
            }
        }

        assertThat(bomb.size()).as("small when packed").isLessThan(1 << 20);
        assertThatThrownBy(() -> readXlsx(bomb.toByteArray()))
                .extracting(RosterSheetReaderTest::codeOf)
                .isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    /** The workbook with its first worksheet's XML cut off just before {@code marker}. */
    private static byte[] withSheetCutAfter(byte[] workbook, String marker) throws IOException {
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(cut)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf(marker);
                    assertThat(at).as("the marker in the sheet").isPositive();
                    content = (xml.substring(0, at) + "<row r=\"broken\"><c").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        return cut.toByteArray();
    }
}
