package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ASN page's attendance calendar and leave: a new Diskominfo ASN checks in this morning through the app and has
 * two days of sick leave in February approved on the leave screen. The calendar shows each day with the code the
 * recap gives it (the same codes the ASN's app reads), coloured by kind, Monday first, this month first and February
 * one click back; the year's leave lists the two sick days with their request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsnCalendarIT extends AdminScreenTest {

    private static final Coordinates DISKOMINFO_OFFICE = new Coordinates(-2.086400, 102.288900);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private static LocalDate today() {
        return Instant.parse(System.getProperty("sapo.test.clock.start"))
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toLocalDate();
    }

    @Test
    void showsTheMonthAsTheRecapCodesItAndTheLeaveTakenThisYear() {
        DemoPhone dewi = DemoPhone.freshAsnOf("DISKOMINFO", "Dewi Kalender Uji");
        ApiClient phone = dewi.loggedIn();
        ApiClient.Answer checkIn = phone.with("Idempotency-Key", "kalender-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", DISKOMINFO_OFFICE, 10));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        ApiClient.Answer sick = phone.post(
                "/leave-requests",
                Json.createObjectBuilder()
                        .add("type", "SAKIT")
                        .add("startDate", "2026-02-26")
                        .add("endDate", "2026-02-27")
                        .add("reason", "Demam berdarah, rawat inap")
                        .build());
        assertThat(sick.status()).as(sick.toString()).isEqualTo(201);
        long employee = TestDatabase.number("select id from employee where nip = ?", dewi.nip());

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
        browser.clickInRow("leave:rows", "Dewi Kalender Uji", "open");
        assertThat(browser.text("leave:reason")).isEqualTo("Demam berdarah, rawat inap");
        browser.click("leave:approve");
        BoardPeopleIT.confirmIfAsked(browser);
        assertThat(browser.text("leave:messages")).contains("Permohonan disetujui.");

        browser.open("/asn-detail.xhtml?id=" + employee);
        assertThat(browser.text("asn:calendarMonth")).isEqualTo("Maret 2026");
        assertThat(browser.text("calendar")).startsWith("Sen");
        Map<String, String> march = codesOf(phone, "2026-03");
        String today = today().toString();
        assertThat(march.get(today)).as("the recap's code of this morning").isNotBlank();
        assertThat(codes(today)).isEqualTo(march.get(today));
        assertThat(shade(today)).isIn("ON_TIME", "LATE");
        assertThat(shade("2026-03-01")).as("a Sunday").isEqualTo("OFF");
        assertThat(shade(today().plusDays(1).toString())).as("tomorrow").isEqualTo("NONE");
        assertThat(browser.text("legend"))
                .contains(
                        "Tepat waktu",
                        "Terlambat",
                        "Pulang sebelum waktunya",
                        "Tanpa keterangan (TK)",
                        "Cuti/izin/dinas",
                        "Hari libur",
                        "Akhir pekan/bukan hari kerja");
        browser.screenshot("asn-kalender");

        browser.click("asn:previousMonth");
        assertThat(browser.text("asn:calendarMonth")).isEqualTo("Februari 2026");
        Map<String, String> february = codesOf(phone, "2026-02");
        assertThat(february).isNotEmpty();
        february.forEach((date, recap) -> assertThat(codes(date)).as(date).isEqualTo(recap));
        assertThat(shade("2026-02-02")).as("a Monday without attendance").isEqualTo("TK");
        assertThat(shade("2026-02-17")).isEqualTo("HOLIDAY");
        assertThat(shade("2026-02-07")).as("a Saturday").isEqualTo("OFF");
        assertThat(shade("2026-02-26")).isEqualTo("LEAVE");
        assertThat(codes("2026-02-27")).isEqualTo("SAKIT");

        assertThat(browser.rowContaining("asn:leaveTypes", "Sakit"))
                .contains("26/02/2026 – 27/02/2026")
                .contains("Demam berdarah, rawat inap")
                .containsPattern("Sakit 2\\b");
        browser.screenshot("asn-kalender-februari");
        browser.windowSize(390, 844);
        browser.open("/asn-detail.xhtml?id=" + employee);
        assertThat((Boolean) browser.script("var t = document.getElementById('calendar');"
                        + " return t.getBoundingClientRect().right <= window.innerWidth;"))
                .as("the month fits a phone")
                .isTrue();
        browser.script("document.getElementById('calendar').scrollIntoView();");
        browser.screenshot("asn-kalender-ponsel");
    }

    /** Each day's codes as the ASN's app reads them from the recap ({@code GET /attendance?month=}). */
    private static Map<String, String> codesOf(ApiClient phone, String month) {
        return phone
                .get("/attendance?month=" + month)
                .json()
                .getJsonArray("days")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(
                        day -> day.getString("date"),
                        day -> day.getJsonArray("codes").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .collect(Collectors.joining(" ")),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private String codes(String date) {
        return (String) browser.script(
                "return document.querySelector(\"[id='day-" + date + "'] .sapo-day-codes\").textContent.trim()");
    }

    private String shade(String date) {
        return (String) browser.script("return document.getElementById('day-" + date + "').dataset.shade");
    }
}
