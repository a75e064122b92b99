package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ASN's app at {@code /app/} on a phone (headless Chromium at 390×844, a fake front camera, the position set
 * through DevTools), over the deployed EAR, each test with an ASN of its own: register, be verified by the admin OPD,
 * check in inside the fence, be refused 2 km away with a sentence, report it and read the admin's reply; a tap
 * without network sent once when the network is back; the month as the admin's recap shows it; a leave request with
 * a letter photographed by the camera; the app in English. Screenshots of every screen: {@code app-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsnAppIT {

    private static final String DEMO_PASSWORD = "Demo#Sapo2026";

    /** Inside the fences of Diskominfo (40 m from its centre) and Dinas Kesehatan, and 2 km south of the latter. */
    private static final double[] DISKOMINFO = {-2.08604, 102.28890};

    private static final double[] DINKES = {-2.08064, 102.28830};
    private static final double[] TWO_KM_FROM_DINKES = {-2.09860, 102.28830};

    private PhoneBrowser phone;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && phone != null) {
            phone.screenshot(
                    "failed-AsnAppIT-" + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @AfterEach
    void closePhone() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void registersIsVerifiedIsRefusedFarAwayReportsItAndChecksInAtTheOffice() {
        DemoPhone asn = DemoPhone.freshAsnOf("DINKES", "Siti Aminah Aplikasi");
        String code;
        try (AdminBrowser admin = new AdminBrowser()) {
            // the admin OPD hands the ASN a new activation code (the older one stops working)
            admin.logIn("admin.dinkes", DEMO_PASSWORD).open("/asn.xhtml");
            admin.type("asn:search", asn.nip()).click("asn:find").click("asn:rows:0:open");
            admin.click("asn:issueCode").confirmYes();
            code = admin.text("asn:activationCode");
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            admin.screenshot("asn-activation-code");
        }
        phone = new PhoneBrowser("id");
        phone.open("daftar")
                .type("register-nip", asn.nip())
                .type(
                        "register-birth",
                        LocalDate.parse(asn.birthDate()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type("register-code", asn.activationCode());
        phone.type("register-email", asn.nip() + "@dinkes.merangin.go.id")
                .type("register-password", asn.nip())
                .type("register-password2", asn.nip());
        assertThat(phone.script("return document.getElementById('rule-nip').className"))
                .as("the policy while typing")
                .isEqualTo("not-yet");
        phone.type("register-password", asn.password()).type("register-password2", asn.password());
        assertThat(((Number) phone.script("return document.querySelectorAll('#password-rules .ok').length")).intValue())
                .isEqualTo(4);
        phone.click("selfie-open").click("selfie-shoot").visible("selfie-image");
        phone.waitUntil("the selfie", "return document.getElementById('selfie-image').naturalWidth === 480;");
        phone.screenshot("app-register");
        phone.click("register-submit");
        assertThat(phone.waitForText("register-messages", "Kode aktivasi salah"))
                .as("the letter's old code, replaced by the admin's new one")
                .contains("admin OPD");
        phone.type("register-code", code.toLowerCase().replace("-", " ")).click("register-submit");
        assertThat(phone.waitForText("login-messages", "menunggu verifikasi admin OPD"))
                .contains("Dinas Kesehatan");
        phone.screenshot("app-register-pending");

        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.dinkes", DEMO_PASSWORD).open("/asn.xhtml");
            admin.type("asn:search", asn.nip()).click("asn:find").click("asn:rows:0:open");
            assertThat(admin.imageLoaded("asn:photo")).as("the app's selfie").isTrue();
            admin.click("asn:verify").confirmYes();
            assertThat(admin.text("asn:messages")).contains("Pendaftaran diverifikasi");
        }

        // from the phone it registered with: the app's own device id
        phone.type("login-id", asn.nip()).type("login-password", asn.password()).click("login-submit");
        assertThat(phone.text("greeting")).isEqualTo("Halo, Siti Aminah Aplikasi");
        phone.at(TWO_KM_FROM_DINKES[0], TWO_KM_FROM_DINKES[1], 8).click("gps-enable");
        phone.waitForText("gps-hint", "Absen hanya diterima di dalam area kantor");
        tap("CHECK_IN");
        assertThat(phone.waitForText("refusal-text", "Absen ditolak"))
                .contains("m dari Kantor Dinas Kesehatan")
                .containsPattern("Anda berada 2[.,]?0\\d\\d");
        assertThat(phone.text("refusal-next")).contains("Datanglah ke area kantor");
        phone.screenshot("app-refused");

        phone.click("refusal-report");
        assertThat(phone.text("problem-attempt")).contains("OUTSIDE_GEOFENCE");
        assertThat(phone.script("return document.getElementById('problem-category').value"))
                .isEqualTo("LOKASI_GPS");
        phone.type("problem-message", "Saya sudah di kantor tetapi aplikasi menolak.")
                .click("problem-submit");
        phone.waitForText("problem-messages", "Laporan terkirim");

        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.dinkes", DEMO_PASSWORD).open("/problems.xhtml");
            admin.clickInRow("problems:rows", "Siti Aminah Aplikasi", "open");
            assertThat(admin.text("problems:attempt")).contains("OUTSIDE_GEOFENCE");
            admin.type("problems:answer", "GPS Anda menunjuk 2 km dari kantor. Nyalakan mode akurasi tinggi.")
                    .click("problems:send");
            assertThat(admin.text("problems:messages")).contains("Jawaban terkirim.");
        }
        phone.open("kendala");
        assertThat(phone.waitForText("problem-list", "GPS Anda menunjuk 2 km dari kantor"))
                .contains("Dijawab")
                .contains("admin.dinkes");
        phone.screenshot("app-problems");

        phone.at(DINKES[0], DINKES[1], 8).open("beranda");
        phone.waitForText("gps-hint", "Anda berada di area Kantor Dinas Kesehatan");
        tap("CHECK_IN");
        assertThat(phone.waitForText("accepted-text", "Masuk tercatat pukul")).matches("(?s).*pukul \\d\\d:\\d\\d.*");
        phone.waitForText("event-CHECK_IN", "Tercatat");
        phone.waitUntil(
                "the fence and the position on the map",
                "return document.querySelectorAll('#map path.leaflet-interactive').length >= 3;");
        phone.screenshot("app-home");

        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.dinkes", DEMO_PASSWORD).open("/review.xhtml");
            assertThat(admin.rowContaining("review:rows", "Siti Aminah Aplikasi", "Diterima"))
                    .as("which client sent it")
                    .contains("SAPO-Web/");
        }
    }

    @Test
    void aTapWithoutNetworkIsPendingAndRecordedOnceWhenTheNetworkIsBack() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Bayu Pratama Aplikasi");
        assertThat(asn.register().status()).isEqualTo(201);
        long employee = TestDatabase.number("select id from employee where nip = ?", asn.nip());
        phone = new PhoneBrowser("id");
        logIn(asn);
        phone.at(DISKOMINFO[0], DISKOMINFO[1], 8).click("gps-enable");
        phone.waitForText("gps-hint", "Anda berada di area Kantor Dinas Komunikasi");
        phone.waitUntil("the service worker to hold the app", "return !!navigator.serviceWorker.controller;");

        phone.online(false);
        tap("CHECK_IN");
        assertThat(phone.waitForText("pending-text", "belum terkirim")).contains("tidak ada jaringan");
        assertThat(phone.script("return document.getElementById('action-CHECK_IN').disabled"))
                .as("no second tap")
                .isEqualTo(true);
        phone.screenshot("app-pending");
        assertThat(TestDatabase.number("select count(*) from attendance_event where employee_id = ?", employee))
                .isZero();

        // the app closed and opened again with no signal: the kept shell, the offline notice, the tap still waiting
        phone.reload();
        assertThat(phone.text("offline")).contains("Anda sedang offline");
        assertThat(phone.pageText())
                .as("no personal data is kept for offline use")
                .contains("Data ini perlu jaringan")
                .doesNotContain("Bayu Pratama");
        phone.waitForText("pending-text", "belum terkirim");
        phone.screenshot("app-offline");

        phone.online(true);
        assertThat(phone.waitForText("accepted-text", "Masuk tercatat pukul")).doesNotContain("sudah");
        assertThat(TestDatabase.number("select count(*) from attendance_event where employee_id = ?", employee))
                .as("exactly one event, accepted")
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from attendance_event where employee_id = ?"
                                + " and decision = 'ACCEPTED' and client_app like 'SAPO-Web/%'",
                        employee))
                .isOne();
    }

    @Test
    void showsTheMonthWithTheFiguresOfTheAdminsRecap() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Citra Anggraini Aplikasi");
        assertThat(asn.register().status()).isEqualTo(201);
        phone = new PhoneBrowser("id");
        logIn(asn);
        phone.open("riwayat?bulan=2026-02");
        phone.waitForText("month-name", "Februari 2026");
        assertThat(phone.text("month-state")).contains("Sementara");
        int workingDays = figure("workingDays");
        int present = figure("presentDays");
        int absent = figure("absentDays");
        String percent =
                phone.text("figure-deduction").replaceAll("[^0-9,.]", "").replace(',', '.');
        assertThat(workingDays).isBetween(15, 20);
        assertThat(phone.text("day-2026-02-02"))
                .as("a Monday without attendance")
                .contains("TK");
        phone.screenshot("app-month");

        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap.xhtml");
            admin.script("PrimeFaces.getWidgetById('recap:month').selectValue('2026-02');");
            admin.click("recap:show");
            String[] numbers = admin.rowContaining("recap:rows", "Citra Anggraini Aplikasi")
                    .replaceAll(".*Citra Anggraini Aplikasi ", "")
                    .split("\\s+");
            assertThat(Integer.parseInt(numbers[0])).as("working days").isEqualTo(workingDays);
            assertThat(Integer.parseInt(numbers[1])).as("present").isEqualTo(present);
            assertThat(Integer.parseInt(numbers[4])).as("TK").isEqualTo(absent);
            assertThat(new BigDecimal(Arrays.stream(numbers)
                            .filter(n -> n.matches("\\d+,\\d{1,2}"))
                            .findFirst()
                            .orElseThrow()
                            .replace(',', '.')))
                    .as("deduction %")
                    .isEqualByComparingTo(percent);
        }
    }

    @Test
    void requestsLeaveWithALetterPhotographedByTheCameraAndShowsTheProfile() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Dedi Saputra Aplikasi");
        assertThat(asn.register().status()).isEqualTo(201);
        phone = new PhoneBrowser("id");
        logIn(asn);
        phone.open("cuti");
        phone.select("leave-type", "SAKIT")
                .type("leave-start", "09/03/2026")
                .type("leave-end", "10/03/2026")
                .type("leave-reason", "Demam, surat dokter terlampir.");
        phone.click("letter-open").click("letter-shoot").visible("letter-image");
        phone.screenshot("app-leave-form");
        phone.click("leave-submit");
        phone.waitForText("leave-messages", "Pengajuan terkirim");
        assertThat(phone.waitForText("leave-list", "Sakit"))
                .contains("09/03/2026 s.d. 10/03/2026")
                .contains("Menunggu")
                .contains("Dengan lampiran");
        phone.screenshot("app-leave");

        phone.open("profil");
        assertThat(phone.waitForText("profile-nip", asn.nip())).contains(asn.nip());
        assertThat(phone.text("profile-opd")).contains("Dinas Komunikasi dan Informatika");
        assertThat(phone.text("profile-device")).contains("Ponsel ini");
        phone.waitUntil(
                "the registration photo",
                "var i = document.getElementById('profile-photo-image');"
                        + " return i != null && i.complete && i.naturalWidth > 0;");
        phone.screenshot("app-profile");
    }

    @Test
    void speaksEnglishOnAnEnglishPhone() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Eka Putra Aplikasi");
        assertThat(asn.register().status()).isEqualTo(201);
        phone = new PhoneBrowser("en");
        phone.open("masuk");
        assertThat(phone.text("login-submit")).isEqualTo("Log in");
        phone.screenshot("app-login-en");
        logIn(asn);
        phone.waitForText("greeting", "Hello, Eka Putra Aplikasi");
        phone.at(DISKOMINFO[0] - 0.018, DISKOMINFO[1], 8).click("gps-enable");
        phone.waitForText("gps-hint", "Attendance is accepted only inside the office area");
        tap("CHECK_IN");
        assertThat(phone.waitForText("refusal-text", "Refused")).containsPattern("you are [0-9.,]+ m from ");
        assertThat(phone.text("refusal-next")).contains("Go to the office area");
        assertThat(phone.text("nav-riwayat")).isEqualTo("History");
        phone.screenshot("app-home-en");
    }

    @Test
    void opensTheLoginScreenWithItsManifestAndServiceWorker() {
        phone = new PhoneBrowser("id");
        phone.open("masuk");
        assertThat(phone.text("login-submit")).isEqualTo("Masuk");
        assertThat(phone.script("return document.querySelector('link[rel=manifest]').href"))
                .asString()
                .endsWith("/app/manifest.webmanifest");
        phone.waitUntil(
                "the service worker",
                "return navigator.serviceWorker.getRegistration()"
                        + ".then(function (r) { window.sapoSw = !!r; }), window.sapoSw === true;");
        phone.screenshot("app-login");
        HttpResponse<String> manifest = get("/app/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/manifest+json");
        assertThat(Json.createReader(new StringReader(manifest.body()))
                        .readObject()
                        .getString("start_url"))
                .isEqualTo("/app/#/beranda");
        HttpResponse<String> page = get("/app/");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(get("/app/webjars/leaflet/1.9.4/dist/leaflet.js").headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
        assertThat(get("/api/v1/status").headers().firstValue("Cache-Control"))
                .as("the API is never kept")
                .contains("no-store");
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SapoDeployment.httpPort() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in from the phone the ASN registered with through the API (its device id put where the app keeps it). */
    private void logIn(DemoPhone asn) {
        phone.open("masuk");
        phone.script("localStorage.setItem('sapo.deviceId', arguments[0]);", asn.deviceId());
        phone.type("login-id", asn.nip()).type("login-password", asn.password()).click("login-submit");
        phone.visible("greeting");
    }

    /** The tap: the action's button opens the front camera, the next takes the selfie and sends it. */
    private void tap(String type) {
        phone.click("action-" + type).click("capture-send");
    }

    private int figure(String name) {
        return Integer.parseInt(
                phone.text("figure-" + name).replaceAll(".*\\n", "").trim());
    }
}
