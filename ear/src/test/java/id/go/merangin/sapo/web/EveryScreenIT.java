package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every screen, as each role sees it, at a desk (1366 × 768) and on a phone (390 × 844): nothing it loads answers
 * an error, nothing scrolls sideways on the phone, and a screenshot of each is kept in {@code target/screenshots}.
 * Also what every screen shares: Indonesian calendars that start on Monday, typed dates that stay, Indonesian
 * conversion messages, the phone's menu button, the language switch, compressed and long-cached resources, the
 * confirmation before an action, and a map that says so when its background cannot load.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryScreenIT extends AdminScreenTest {

    private static final int DESK_WIDTH = 1366;
    private static final int DESK_HEIGHT = 768;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    /** The screens of each role, as its menu offers them (plus an ASN's page for those who may open it). */
    private static Map<String, List<String>> screensByLogin() {
        long asn = TestDatabase.number("select e.id from employee e join opd o on o.id = e.opd_id"
                + " where o.code = 'DISKOMINFO' order by e.id limit 1");
        List<String> everyone = List.of(
                "/index.xhtml",
                "/review.xhtml",
                "/recap.xhtml",
                "/recap-summary.xhtml",
                "/leave.xhtml",
                "/problems.xhtml",
                "/account.xhtml");
        List<String> admin = new ArrayList<>(everyone);
        admin.addAll(List.of(
                "/asn.xhtml", "/asn-detail.xhtml?id=" + asn, "/locations.xhtml", "/apel.xhtml", "/users.xhtml"));
        List<String> bkpsdmd = new ArrayList<>(admin);
        bkpsdmd.addAll(List.of("/ladder.xhtml", "/schedules.xhtml", "/holidays.xhtml", "/rules.xhtml", "/audit.xhtml"));
        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put("bkpsdmd", bkpsdmd);
        screens.put("admin.diskominfo", admin);
        screens.put("pimpinan.diskominfo", everyone);
        return screens;
    }

    @Test
    void everyScreenLoadsWholeAtADeskAndOnAPhoneWithoutSidewaysScrolling() {
        List<String> failed = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        for (int[] size : new int[][] {{DESK_WIDTH, DESK_HEIGHT}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
            String device = size[0] == PHONE_WIDTH ? "phone" : "desk";
            browser.windowSize(size[0], size[1]).open("/login.xhtml");
            failed.addAll(browser.failedResources());
            browser.screenshot("screen-login-" + device);
            for (Map.Entry<String, List<String>> role : screensByLogin().entrySet()) {
                browser.logIn(role.getKey(), DEMO_PASSWORD);
                for (String screen : role.getValue()) {
                    browser.open(screen);
                    assertThat(browser.url()).as(screen).doesNotContain("login.xhtml");
                    browser.failedResources().forEach(f -> failed.add(role.getKey() + " " + screen + ": " + f));
                    int overflow = browser.sidewaysOverflow();
                    if (device.equals("phone") && overflow > 0) {
                        sideways.add(
                                role.getKey() + " " + screen + ": " + overflow + " px " + browser.widerThanTheWindow());
                    }
                    browser.screenshot("screen-" + role.getKey() + "-" + name(screen) + "-" + device);
                }
                if (!browser.visible("menu:logout")) {
                    browser.click("menuToggle");
                }
                browser.submitPage("menu:logout");
            }
        }
        assertThat(failed).as("files that answered an error").isEmpty();
        assertThat(sideways).as("screens wider than a phone").isEmpty();
    }

    @Test
    void thePhonesMenuOpensFromItsButton() {
        browser.windowSize(PHONE_WIDTH, PHONE_HEIGHT).logIn("pimpinan.diskominfo", DEMO_PASSWORD);

        assertThat(browser.visible("menu:menubar")).isFalse();
        browser.click("menuToggle");
        assertThat(browser.visible("menu:menubar")).isTrue();
        browser.screenshot("screen-menu-open-phone");
        browser.click("menu:recap");
        assertThat(browser.url()).contains("/recap.xhtml");
    }

    @Test
    void calendarsSpeakIndonesianAndStartOnMonday() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/review.xhtml");

        browser.clickVisible("[id='review:from'] button");
        String panel = browser.textOf("[id='review:from_panel']", 5);
        assertThat(panel).contains("Maret");
        assertThat((String) browser.script("return document.querySelector(\"[id='review:from_panel'] thead th\")"
                        + ".textContent.trim();"))
                .isEqualTo("Sn");
        browser.screenshot("screen-calendar-indonesian");
    }

    @Test
    void aTypedDateStaysAndAWrongOneIsExplainedInIndonesian() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/review.xhtml");

        browser.typeKeys("review:from_input", "01/03/2026").click("review:find");
        assertThat(browser.value("review:from_input")).isEqualTo("01/03/2026");
        assertThat(browser.text("review:messages")).isEmpty();

        browser.typeKeys("review:from_input", "31/13/2026").click("review:find");
        assertThat(browser.text("review:messages"))
                .contains("bukan tanggal")
                .contains("hh/bb/tttt")
                .doesNotContain("could not be understood");
    }

    @Test
    void anAddressWithAWrongIdAnswersNotFound() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.statusOf("/asn-detail.xhtml?id=abc")).isEqualTo(404);
        assertThat(browser.statusOf("/asn-detail.xhtml?id=-1")).isEqualTo(404);
        browser.open("/asn-detail.xhtml?id=abc");
        assertThat(browser.pageText()).doesNotContain("must be a number");
    }

    @Test
    void aFormPostedByAScriptWithoutThePagesNonceAnswersBadRequest() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/review.xhtml");

        // the review's own form, sent by a script: with a forged nonce, without one, and as the page sends it
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) browser.asyncScript(
                "var done = arguments[arguments.length - 1]; var form = document.getElementById('review');"
                        + " function send(change) { var data = new URLSearchParams(new FormData(form));"
                        + " data.set('review:find', ''); change(data);"
                        + " return fetch(form.action, {method: 'POST', body: data}).then(function (r) {"
                        + " return r.text().then(function (text) { return r.status + ' ' + text; }); }); }"
                        + " var all = {}; send(function (d) { d.set('primefaces.nonce', 'forged'); })"
                        + ".then(function (a) { all.forged = a; return send(function (d) { d.delete('primefaces.nonce'); }); })"
                        + ".then(function (a) { all.missing = a; return send(function () {}); })"
                        + ".then(function (a) { all.kept = a; done(all); });");

        assertThat((String) answers.get("forged")).startsWith("400").contains("tidak ada yang diubah");
        assertThat((String) answers.get("missing")).startsWith("400").contains("tidak ada yang diubah");
        assertThat((String) answers.get("kept")).startsWith("200");
    }

    @Test
    void anActionThatChangesTheMonthAsksFirstAndNoChangesNothing() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap.xhtml");
        String before = browser.text("recap:verified");

        browser.click("recap:verify");
        assertThat(browser.textOf(".ui-confirm-dialog", 5)).contains("Verifikasi rekap OPD ini");
        browser.confirmNo();

        assertThat(browser.text("recap:verified")).isEqualTo(before);
    }

    @Test
    void theLanguageSwitchIsRememberedForTheOfficer() {
        browser.logIn("admin.dinkes", DEMO_PASSWORD);
        try {
            browser.submitPage("menu:langEn");
            assertThat(browser.text("menu:logout")).isEqualTo("Log out");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
            browser.screenshot("screen-english");

            AdminBrowser elsewhere = new AdminBrowser();
            try {
                elsewhere.logIn("admin.dinkes", DEMO_PASSWORD);
                assertThat(elsewhere.text("menu:logout"))
                        .as("another browser, same officer")
                        .isEqualTo("Log out");
            } finally {
                elsewhere.close();
            }
        } finally {
            browser.submitPage("menu:langId");
        }
        assertThat(browser.text("menu:logout")).isEqualTo("Keluar");
    }

    @Test
    void theLoginPageSwitchesLanguageForThisBrowser() {
        browser.open("/login.xhtml").submitPage("lang:langEn");
        assertThat(browser.text("login:submit")).isEqualTo("Log in");
        browser.submitPage("lang:langId");
        assertThat(browser.text("login:submit")).isEqualTo("Masuk");
    }

    @Test
    void theLoginPagesScriptsAndStylesComeCompressedAndCachedForAYear() {
        browser.open("/login.xhtml");

        long transferred = browser.scriptAndStyleTransfer();
        System.out.printf("login page scripts and styles: %d KiB over the network%n", transferred / 1024);
        assertThat(transferred).isPositive().isLessThanOrEqualTo(400 * 1024);

        String script = (String) browser.script("return Array.from(document.scripts).map(function (s) {"
                + " return s.src; }).filter(function (s) { return s.indexOf('core.js') > 0; })[0];");
        Map<String, String> headers = browser.headersOf(script);
        assertThat(headers.get("cache-control")).contains("max-age=31536000");
        String own = (String)
                browser.script(
                        "return Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
                                + ".map(function (l) { return l.href; }).filter(function (h) { return h.indexOf('admin.css') > 0; })[0];");
        assertThat(own).as("SAPO's own style sheet carries its build").containsPattern("[?&]v=\\d{14}");
    }

    @Test
    void aMapWhoseTilesCannotLoadSaysSo() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");

        // the tests' machine has no internet: the tile server cannot be reached
        assertThat(browser.textOf(".sapo-map-offline", 15)).contains("Peta latar tidak dapat dimuat");
        browser.screenshot("screen-map-offline");
    }

    private static String name(String screen) {
        return screen.replaceAll("^/|\\.xhtml.*$", "");
    }
}
