package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One ASN's February 2026, read four ways, says the same for every day: the phone's month
 * ({@code GET /api/v1/attendance?month=}), the recap screen's detail of the ASN, the day-by-day sheet of the OPD's
 * XLSX, and, for the month, the TPP CSV. The month holds every kind of day: on time, late (TL2), late and made up,
 * early (PSW2), a forgotten CHECK_OUT (PSW4), a late arrival under an izin datang terlambat (TL1 for the minutes
 * after the permit), two days of cuti di luar tanggungan negara (unpaid: 2/18 of the allowance), the Imlek holidays
 * and TK. Its events and requests are written as the phone and the admin would leave them (no derived figure).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneMonthEverywhereIT extends AdminScreenTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A percentage as the screens write it for an Indonesian officer: "1,0", "5,56". */
    private static final DecimalFormat INDONESIAN_PERCENT =
            new DecimalFormat("#,##0.0#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void theAppTheScreenTheWorkbookAndTheTppFileAgreeOnEveryDay() throws IOException {
        long base = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        String opd = "IT-SEBULAN-" + base % 100_000;
        long opdId = base;
        TestDatabase.execute("insert into opd (id, code, name, self_activation, zone_id, active) values (" + opdId
                + ", '" + opd + "', 'Dinas Uji Sebulan " + opd + "', true, 'Asia/Jakarta', true)");
        // the OPD's own February: the standard week (Friday until 16:30 with the longer break)
        TestDatabase.execute("insert into work_schedule (id, name, opd_id, valid_from, valid_until) values (" + base
                + ", 'Februari uji', " + opdId + ", date '2026-02-01', date '2026-02-28')");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
            TestDatabase.execute("insert into work_schedule_day (work_schedule_id, day_of_week, start_time, end_time,"
                    + " break_start, break_end) values (" + base + ", '" + day
                    + "', '07:30', '16:00', '12:00', '13:00')");
        }
        TestDatabase.execute("insert into work_schedule_day (work_schedule_id, day_of_week, start_time, end_time,"
                + " break_start, break_end) values (" + base + ", 'FRIDAY', '07:30', '16:30', '11:30', '13:00')");
        DemoPhone asn = DemoPhone.freshAsnOf(opd, "Sekar Ayu Uji Sebulan");
        ApiClient phone = asn.loggedIn();
        long employee = TestDatabase.number("select id from employee where nip = ?", asn.nip());
        int n = 0;
        List<String> rows = new ArrayList<>();
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-02 07:25"));
        rows.add(event(base + ++n, employee, "CHECK_OUT", "2026-02-02 16:05"));
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-03 08:15"));
        rows.add(event(base + ++n, employee, "CHECK_OUT", "2026-02-03 16:00"));
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-04 07:45"));
        rows.add(event(base + ++n, employee, "CHECK_OUT", "2026-02-04 16:20"));
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-05 07:30"));
        rows.add(event(base + ++n, employee, "CHECK_OUT", "2026-02-05 15:20"));
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-06 07:29"));
        rows.add(event(base + ++n, employee, "CHECK_IN", "2026-02-09 09:10"));
        rows.add(event(base + ++n, employee, "CHECK_OUT", "2026-02-09 16:01"));
        rows.add(leave(base + ++n, employee, "IZIN_DATANG_TERLAMBAT", "2026-02-09", "2026-02-09", "'09:00'"));
        rows.add(leave(base + ++n, employee, "CUTI_DILUAR_TANGGUNGAN_NEGARA", "2026-02-10", "2026-02-11", "null"));
        TestDatabase.execute(rows.toArray(String[]::new));

        // the phone
        ApiClient.Answer answer = phone.get("/attendance?month=2026-02");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject month = answer.json();
        Map<String, String> app = new LinkedHashMap<>();
        for (JsonObject day : month.getJsonArray("days").getValuesAs(JsonObject.class)) {
            LocalDate date = LocalDate.parse(day.getString("date"));
            List<String> codes = day.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString)
                    .toList();
            app.put(
                    DAY.format(date),
                    String.join(" ", codes) + " | " + number(day, "lateMinutes") + " | "
                            + number(day, "earlyLeaveMinutes") + " | "
                            + day.getJsonNumber("deductionPercent")
                                    .bigDecimalValue()
                                    .setScale(2));
        }
        assertThat(app)
                .containsEntry("02/02/2026", "H | 0 | 0 | 0.00")
                .containsEntry("03/02/2026", "TL2 | 45 | 0 | 1.00")
                .containsEntry("04/02/2026", "H | 0 | 0 | 0.00")
                .containsEntry("05/02/2026", "PSW2 | 0 | 40 | 1.00")
                .containsEntry("06/02/2026", "PSW4 | 0 | - | 1.50")
                .containsEntry("09/02/2026", "TL1 | 10 | 0 | 0.50")
                .containsEntry("10/02/2026", "CUTI_DILUAR_TANGGUNGAN_NEGARA | - | - | 5.56")
                .containsEntry("11/02/2026", "CUTI_DILUAR_TANGGUNGAN_NEGARA | - | - | 5.55")
                .containsEntry("12/02/2026", "TK | - | - | 3.00")
                .containsEntry("16/02/2026", "LIBUR | - | - | 0.00")
                .containsEntry("14/02/2026", " | - | - | 0.00");
        JsonObject recap = month.getJsonObject("recap");
        // TL2 1.00 + PSW2 1.00 + PSW4 1.50 + TL1 0.50 + CLTN 2/18 of 100 % (11.11) + 10 TK x 3.00
        assertThat(recap.getJsonNumber("deductionPercent").bigDecimalValue()).isEqualByComparingTo("45.11");

        // the recap screen's detail of the ASN
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/recap.xhtml");
        browser.script("PrimeFaces.getWidgetById('recap:opd').selectValue('" + opdId + "');"
                + "PrimeFaces.getWidgetById('recap:month').selectValue('2026-02');");
        browser.click("recap:show");
        browser.clickInRow("recap:rows", "Sekar Ayu Uji Sebulan", "trace");
        for (Map.Entry<String, String> day : app.entrySet()) {
            String[] parts = day.getValue().split(" \\| ");
            String row = browser.rowContaining("recap:detailDays", day.getKey());
            assertThat(row)
                    .as(day.getKey())
                    .contains(
                            parts[0].isEmpty()
                                    ? day.getKey()
                                    : parts[0].startsWith("CUTI") ? "Cuti di luar tanggungan negara" : parts[0]);
            BigDecimal percent = new BigDecimal(parts[3]);
            if (percent.signum() > 0) {
                assertThat(row).as(day.getKey()).contains(INDONESIAN_PERCENT.format(percent) + " %");
            } else {
                assertThat(row).as(day.getKey()).doesNotContain("%");
            }
        }
        assertThat(browser.text("recap:detailPercent")).isEqualTo("45,11 %");
        browser.clickVisible("[id='recap:detail'] .ui-dialog-titlebar-close");

        // the OPD's workbook, day by day
        browser.click("recap:exportXlsx");
        Map<String, String> workbookDays = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(
                browser.downloaded("rekap-" + opd + "-2026-02.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Rincian harian");
            for (Row row : sheet) {
                Cell nip = row.getCell(1);
                if (nip == null || !asn.nip().equals(formatter.formatCellValue(nip))) {
                    continue;
                }
                String date = formatter.formatCellValue(row.getCell(3));
                String codes = formatter.formatCellValue(row.getCell(4)).replace(' ', '+');
                String late = formatter.formatCellValue(row.getCell(8));
                String early = formatter.formatCellValue(row.getCell(9));
                String percent = formatter.formatCellValue(row.getCell(10));
                workbookDays.put(date, codes + " | " + late + " | " + early + " | " + percent);
            }
        }
        assertThat(workbookDays.keySet()).containsExactlyElementsOf(app.keySet());
        app.forEach((date, day) -> {
            String[] parts = day.split(" \\| ");
            String[] written = workbookDays.get(date).split(" \\| ", -1);
            assertThat(written[0].replace('+', ' ')).as(date).isEqualTo(parts[0]);
            assertThat(written[1])
                    .as(date + " late minutes that count")
                    .isEqualTo(parts[1].equals("-") ? "0" : parts[1]);
            assertThat(written[2]).as(date + " early minutes").isEqualTo(parts[2].equals("-") ? "0" : parts[2]);
            assertThat(written[3]).as(date + " deduction").isEqualTo(parts[3]);
        });

        // the TPP file: the month's figure
        browser.click("recap:exportCsv");
        List<String> lines =
                Files.readAllLines(browser.downloaded("tpp-" + opd + "-2026-02.csv"), StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(line -> line.startsWith(asn.nip() + ",") && line.contains(",45.11,"));
    }

    private static String number(JsonObject day, String name) {
        return day.containsKey(name) && !day.isNull(name) ? String.valueOf(day.getInt(name)) : "-";
    }

    private static String event(long id, long employee, String type, String at) {
        return "insert into attendance_event (id, employee_id, event_type, decision, server_time, work_date)"
                + " values (" + id + ", " + employee + ", '" + type + "', 'ACCEPTED', timestamptz '" + at + "+07',"
                + " date '" + at.substring(0, 10) + "')";
    }

    private static String leave(long id, long employee, String type, String from, String until, String time) {
        return "insert into leave_request (id, employee_id, leave_type, start_date, end_date, permit_time, reason,"
                + " state, decided_by, decided_at, created_at) values (" + id + ", " + employee + ", '" + type
                + "', date '" + from + "', date '" + until + "', " + time + ", 'Uji sebulan', 'APPROVED',"
                + " 'admin.uji', now(), now())";
    }
}
