package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Problem reports on the screen: the admin OPD reads an ASN's report and answers it, and the ASN reads the answer in
 * the app; a pimpinan reads reports but has no answer box.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemScreenIT extends AdminScreenTest {

    private final DemoPhone putri = DemoPhone.of("199712022022072001", "1997-12-02");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void adminOpdAnswersAReportAndTheAppShowsTheAnswer() {
        ApiClient phone = putri.loggedIn();
        ApiClient.Answer submitted = phone.post(
                "/problem-reports",
                Json.createObjectBuilder()
                        .add("category", "APLIKASI")
                        .add("message", "Aplikasi tertutup sendiri saat mengambil swafoto")
                        .build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.json().getJsonNumber("id").longValue();

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/problems.xhtml");
        assertThat(browser.rowContaining("problems:rows", "Aplikasi tertutup sendiri"))
                .contains("Terbuka")
                .contains("Putri Ayu Lestari");
        browser.screenshot("problem-list");
        // the open reports come first, the newest first among them
        browser.click("problems:rows:0:open");
        assertThat(browser.text("problems:message")).contains("Aplikasi tertutup sendiri");
        browser.type("problems:answer", "Silakan perbarui aplikasi ke versi terbaru dari Play Store.")
                .click("problems:send");

        assertThat(browser.text("problems:messages")).contains("Jawaban terkirim.");
        assertThat(browser.text("problems:answerBody"))
                .contains("admin.diskominfo")
                .contains("Silakan perbarui aplikasi");
        browser.screenshot("problem-answered");
        JsonObject seen = phone.get("/problem-reports/" + id).json();
        assertThat(seen.getString("status")).isEqualTo("ANSWERED");
        assertThat(seen.getJsonArray("replies").getJsonObject(0).getString("message"))
                .isEqualTo("Silakan perbarui aplikasi ke versi terbaru dari Play Store.");
    }

    @Test
    void recordsAManualAttendanceFromAReportAboutARefusedCheckIn() {
        ApiClient phone =
                DemoPhone.freshAsnOf("DISKOMINFO", "Hendra Gunawan Uji").loggedIn();
        ApiClient.Answer refused = phone.with("Idempotency-Key", "gps-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", new Coordinates(-2.1300, 102.3300), 12));
        assertThat(refused.code()).isEqualTo("OUTSIDE_GEOFENCE");
        long attempt = refused.json().getJsonNumber("attemptId").longValue();
        assertThat(phone.post(
                                "/problem-reports",
                                Json.createObjectBuilder()
                                        .add("category", "LOKASI_GPS")
                                        .add("message", "Saya di kantor tetapi GPS menunjuk ke luar")
                                        .add("attemptId", attempt)
                                        .build())
                        .status())
                .isEqualTo(201);

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/problems.xhtml");
        browser.click("problems:rows:0:open");
        assertThat(browser.text("problems:attempt")).contains("OUTSIDE_GEOFENCE");
        browser.click("problems:recordManual").confirmYes();
        assertThat(browser.text("problems:messages")).contains("Alasan wajib diisi.");
        browser.type("problems:manualReason", "GPS ponsel rusak; kehadiran dikonfirmasi Kabid")
                .click("problems:recordManual")
                .confirmYes();

        assertThat(browser.text("problems:messages")).contains("Absen manual dicatat");
        assertThat(browser.text("problems:manualDone")).contains("sudah dicatat");
        browser.screenshot("problem-manual-attendance");
        JsonObject today = phone.get("/attendance/today").json();
        JsonObject checkIn = today.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(event ->
                        "CHECK_IN".equals(event.getString("type")) && "ACCEPTED".equals(event.getString("decision")))
                .findFirst()
                .orElseThrow();
        assertThat(checkIn.getBoolean("manual")).isTrue();
        browser.open("/review.xhtml");
        assertThat(browser.rowContaining("review:rows", "Hendra Gunawan Uji")).contains("Manual");
    }

    @Test
    void hidesTheReportsOfAnotherOpd() {
        putri.loggedIn()
                .post(
                        "/problem-reports",
                        Json.createObjectBuilder()
                                .add("category", "PERANGKAT")
                                .add("message", "Ponsel tidak bisa membuka kamera")
                                .build());

        browser.logIn("admin.dinkes", DEMO_PASSWORD).open("/problems.xhtml");

        assertThat(browser.text("problems:rows")).doesNotContain("Putri Ayu Lestari");
    }

    @Test
    void givesAPimpinanNoAnswerBox() {
        putri.loggedIn()
                .post(
                        "/problem-reports",
                        Json.createObjectBuilder()
                                .add("category", "JADWAL")
                                .add("message", "Jadwal Jumat belum berubah")
                                .build());

        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD).open("/problems.xhtml");
        browser.click("problems:rows:0:open");

        assertThat(browser.has("problems:answer")).isFalse();
        assertThat(browser.text("problems:answerBody")).isNotEmpty();
    }
}
