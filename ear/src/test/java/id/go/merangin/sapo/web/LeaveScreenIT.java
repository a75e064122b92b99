package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leave requests on the screen: the pimpinan of the ASN's OPD approves a request with a note and the ASN's app shows
 * it approved; a rejection without a note is refused with a message and changes nothing; another OPD's officer never
 * sees the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveScreenIT extends AdminScreenTest {

    private final DemoPhone putri = DemoPhone.of("199712022022072001", "1997-12-02");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private long requestLeave(ApiClient phone, String start, String reason) {
        ApiClient.Answer answer = phone.post(
                "/leave-requests",
                Json.createObjectBuilder()
                        .add("type", "IZIN")
                        .add("startDate", start)
                        .add("endDate", start)
                        .add("reason", reason)
                        .build());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    @Test
    void pimpinanApprovesARequestAndTheAppShowsIt() {
        ApiClient phone = putri.loggedIn();
        long id = requestLeave(phone, "2026-03-16", "Mengurus akta kelahiran anak");

        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
        String row = browser.rowContaining("leave:rows", "Putri Ayu Lestari");
        assertThat(row).contains("Izin").contains("16/03/2026").contains("Menunggu");
        browser.screenshot("leave-list");
        openRequestOf("16/03/2026", "Mengurus akta kelahiran anak");
        browser.type("leave:note", "Disetujui, semoga lancar.")
                .click("leave:approve")
                .confirmYes();

        assertThat(browser.text("leave:messages")).contains("Permohonan disetujui.");
        assertThat(browser.text("leave:decided")).contains("Disetujui").contains("pimpinan.diskominfo");
        browser.screenshot("leave-approved");
        JsonObject seen = phone.get("/leave-requests/" + id).json();
        assertThat(seen.getString("state")).isEqualTo("APPROVED");
        assertThat(seen.getString("decisionNote")).isEqualTo("Disetujui, semoga lancar.");
    }

    @Test
    void refusesARejectionWithoutANote() {
        ApiClient phone = putri.loggedIn();
        long id = requestLeave(phone, "2026-03-18", "Menghadiri wisuda adik");

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
        openRequestOf("18/03/2026", "Menghadiri wisuda adik");
        browser.click("leave:reject").confirmYes();

        assertThat(browser.text("leave:messages")).contains("Penolakan wajib disertai alasan.");
        assertThat(phone.get("/leave-requests/" + id).json().getString("state")).isEqualTo("PENDING");
    }

    @Test
    void servesTheLetterAsADownloadNeverAsAPageOfSapo() {
        String letter = "%PDF-1.4\n% Surat Keterangan Dokter\n<script>alert(1)</script>\n%%EOF\n";
        ApiClient.Answer sent = putri.loggedIn()
                .post(
                        "/leave-requests",
                        Json.createObjectBuilder()
                                .add("type", "SAKIT")
                                .add("startDate", "2026-03-23")
                                .add("endDate", "2026-03-23")
                                .add("reason", "Demam, surat dokter terlampir")
                                .add(
                                        "attachment",
                                        Base64.getEncoder().encodeToString(letter.getBytes(StandardCharsets.US_ASCII)))
                                .build());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
        openRequestOf("23/03/2026", "Demam, surat dokter terlampir");
        String link = (String) browser.script("return document.getElementById('leave:attachment').href");
        Map<String, String> headers = browser.headersOf(link);
        assertThat(headers.get("status")).isEqualTo("200");
        assertThat(headers.get("content-type")).isEqualTo("application/pdf");
        assertThat(headers.get("content-disposition")).startsWith("attachment;");
        assertThat(headers.get("content-security-policy")).startsWith("default-src 'none'");
    }

    @Test
    void hidesTheRequestFromAnotherOpd() {
        requestLeave(putri.loggedIn(), "2026-03-20", "Keperluan keluarga di Jambi");

        browser.logIn("admin.dinkes", DEMO_PASSWORD).open("/leave.xhtml");

        assertThat(browser.text("leave:rows")).doesNotContain("Putri Ayu Lestari");
    }

    /**
     * Opens the request just made: Putri's for {@code date} (each test asks for a day of its own), whatever other
     * tests asked for before, or with a test clock set later.
     */
    private void openRequestOf(String date, String reason) {
        browser.clickInRowWith("leave:rows", "open", "Putri Ayu Lestari", date);
        assertThat(browser.text("leave:reason")).isEqualTo(reason);
    }
}
