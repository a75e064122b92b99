package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The screen findings of the security round, tried in Chromium: an office location and an ASN named with markup
 * that would run script ({@code <img src=x onerror=…>}) are shown as text on every screen and in every map tooltip;
 * every admin page carries the security headers (a Content-Security-Policy without {@code unsafe-inline} for
 * scripts among them); the session id changes at login and the old one is worth nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptFromDataIT extends AdminScreenTest {

    private static final String ASN_NAME = "Budi <img src=x onerror=\"window.sapoRan='asn'\"> Uji";
    private static final String LOCATION_NAME = "Pos <img src=x onerror=\"window.sapoRan='lokasi'\">";
    private static final Coordinates AWAY = new Coordinates(-2.1300, 102.3300);

    /** The admin pages an admin OPD opens, with and without the names above. */
    private static final List<String> PAGES = List.of(
            "/index.xhtml",
            "/asn.xhtml",
            "/review.xhtml",
            "/locations.xhtml",
            "/leave.xhtml",
            "/problems.xhtml",
            "/recap.xhtml",
            "/recap-summary.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @BeforeAll
    static void anAsnWithMarkupInTheirNameIsRefusedFarAway() {
        ApiClient phone = DemoPhone.freshAsnOf("DISKOMINFO", ASN_NAME).loggedIn();
        ApiClient.Answer refused = phone.with("Idempotency-Key", "markup-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", AWAY, 10));
        assertThat(refused.code()).isEqualTo("OUTSIDE_GEOFENCE");
    }

    @Test
    void namesWithMarkupAreTextOnEveryScreenAndInEveryTooltip() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");
        browser.click("loc:newCircle");
        browser.type("loc:name", LOCATION_NAME);
        browser.type("loc:latitude", "-2.070").type("loc:longitude", "102.270").type("loc:radiusM", "50");
        browser.click("loc:save");
        assertThat(browser.text("loc:locations")).contains(LOCATION_NAME);

        for (String page : PAGES) {
            browser.open(page);
            int tooltips = openEveryTooltip();
            assertThat(browser.script("return window.sapoRan || null"))
                    .as("script ran on " + page)
                    .isNull();
            assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"]').length"))
                    .as("an element made from data on " + page)
                    .isEqualTo(0L);
            if (page.equals("/locations.xhtml") || page.equals("/review.xhtml")) {
                assertThat(tooltips).as("map shapes on " + page).isPositive();
                assertThat(tooltipTexts())
                        .as("tooltips on " + page)
                        .anyMatch(text -> text.contains(page.equals("/review.xhtml") ? ASN_NAME : LOCATION_NAME));
            }
        }
        browser.open("/review.xhtml");
        assertThat(browser.pageText()).contains(ASN_NAME);
        openEveryTooltip();
        browser.screenshot("security-markup-as-text");
        browser.open("/asn.xhtml");
        assertThat(browser.pageText()).contains(ASN_NAME);
    }

    @Test
    void everyAdminPageCarriesTheSecurityHeaders() {
        Map<String, String> login = headersOf("/login.xhtml");
        assertSecurityHeaders("/login.xhtml", login);
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);
        for (String page : PAGES) {
            Map<String, String> headers = headersOf(page);
            assertThat(headers.get("status"))
                    .as(page + " " + headers.get("url"))
                    .isEqualTo("200");
            assertSecurityHeaders(page, headers);
        }
        Map<String, String> forbidden = headersOf("/audit.xhtml");
        assertThat(forbidden.get("status"))
                .as("BKPSDMD's audit log, for an admin OPD")
                .isEqualTo("403");
        assertSecurityHeaders("/audit.xhtml (403)", forbidden);
        Map<String, String> file = headersOf("/webjars/leaflet/1.9.4/dist/leaflet.css");
        assertThat(file.get("content-security-policy"))
                .as("not a screen: nothing runs")
                .startsWith("default-src 'none'");
        assertThat(file.get("x-content-type-options")).isEqualTo("nosniff");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() {
        browser.open("/login.xhtml");
        Cookie before = browser.cookie("JSESSIONID");
        assertThat(before).as("the login page's session").isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        assertThat(before.getSameSite()).isEqualTo("Lax");

        browser.logIn("admin.diskominfo", DEMO_PASSWORD);
        Cookie after = browser.cookie("JSESSIONID");
        assertThat(after.getValue()).as("a new session id after login").isNotEqualTo(before.getValue());
        assertThat(browser.url()).contains("/index.xhtml");

        try (AdminBrowser attacker = new AdminBrowser()) {
            attacker.open("/login.xhtml");
            attacker.addCookie(new Cookie("JSESSIONID", before.getValue(), "/admin"));
            attacker.open("/index.xhtml");
            assertThat(attacker.url()).as("the fixated id is not logged in").contains("/login.xhtml");
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn.xhtml");
        assertThat(browser.script("return Array.prototype.every.call(document.forms, function (f) {"
                        + " return f.elements['_csrf'] && f.elements['_csrf'].value.length > 30; })"))
                .as("every form carries the session's anti-CSRF token")
                .isEqualTo(true);

        // the same form as the page's, but without the token (what a forged form on another site would send)
        Object forged = browser.asyncScript("var done = arguments[0]; var data = new URLSearchParams("
                + "new FormData(document.getElementById('asn'))); data.delete('_csrf');"
                + " fetch(document.getElementById('asn').action, {method: 'POST', body: data, credentials:"
                + " 'same-origin', redirect: 'manual'}).then(function (r) { done(r.status); });");
        assertThat(forged).as("a form post without the token").isEqualTo(403L);
        Object own = browser.asyncScript("var done = arguments[0]; var data = new URLSearchParams("
                + "new FormData(document.getElementById('asn')));"
                + " fetch(document.getElementById('asn').action, {method: 'POST', body: data, credentials:"
                + " 'same-origin', redirect: 'manual'}).then(function (r) { done(r.status); });");
        assertThat(own).as("the page's own form").isEqualTo(200L);
    }

    private void assertSecurityHeaders(String page, Map<String, String> headers) {
        String policy = headers.get("content-security-policy");
        assertThat(policy)
                .as("CSP of " + page)
                .isNotNull()
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[^']+'");
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertThat(scripts)
                .as("scripts of " + page)
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(headers.get("x-frame-options")).as(page).isEqualTo("DENY");
        assertThat(headers.get("x-content-type-options")).as(page).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).as(page).isEqualTo("same-origin");
    }

    /** The response headers of a GET of {@code page} with the browser's session. */
    private Map<String, String> headersOf(String page) {
        browser.open("/login.xhtml".equals(page) ? page : "/index.xhtml");
        return browser.headersOf(page);
    }

    /** Opens the tooltip of every shape on the map (as a mouse over it would); answers how many shapes. */
    private int openEveryTooltip() {
        return ((Number) browser.script("var shapes = document.querySelectorAll('#map .leaflet-interactive');"
                        + " shapes.forEach(function (s) { s.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });"
                        + " return shapes.length;"))
                .intValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> tooltipTexts() {
        return (List<String>) browser.script("return Array.prototype.map.call("
                + "document.querySelectorAll('.leaflet-tooltip'), function (t) { return t.textContent; });");
    }
}
