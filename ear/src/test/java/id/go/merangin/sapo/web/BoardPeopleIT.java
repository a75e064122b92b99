package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board's cards open the people behind their numbers: this morning at Diskominfo, made through the app (one ASN
 * in, one refused far from the office, one on approved leave), each card's list has as many rows as its number and,
 * for the admin OPD, links to each ASN's page; a pimpinan sees the same list without links; the list fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardPeopleIT extends AdminScreenTest {

    /** Kantor Dinas Komunikasi dan Informatika, Bangko (the demo location). */
    private static final Coordinates DISKOMINFO_OFFICE = new Coordinates(-2.086400, 102.288900);

    private static final Coordinates FAR_AWAY = new Coordinates(-2.1300, 102.3300);

    /** Each card's id and the id of its number. */
    private static final Map<String, String> CARDS = Map.of(
            "Employees",
            "employees",
            "CheckedIn",
            "checkedIn",
            "Late",
            "late",
            "NotYetIn",
            "notYetIn",
            "OnLeave",
            "onLeave",
            "Refused",
            "refused");

    private static final String IN = "Bayu Pratama Dasbor";
    private static final String REFUSED = "Sari Wulandari Dasbor";
    private static final String ON_LEAVE = "Rina Marlina Dasbor";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @BeforeAll
    static void thisMorningAtDiskominfo() {
        ApiClient in = DemoPhone.freshAsnOf("DISKOMINFO", IN).loggedIn();
        ApiClient.Answer accepted = in.with("Idempotency-Key", "dasbor-in-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", DISKOMINFO_OFFICE, 10));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);

        ApiClient away = DemoPhone.freshAsnOf("DISKOMINFO", REFUSED).loggedIn();
        ApiClient.Answer refused = away.with("Idempotency-Key", "dasbor-jauh-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", FAR_AWAY, 10));
        assertThat(refused.code()).as(refused.toString()).isEqualTo("OUTSIDE_GEOFENCE");

        String today = Instant.parse(System.getProperty("sapo.test.clock.start"))
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toLocalDate()
                .toString();
        ApiClient.Answer leave = DemoPhone.freshAsnOf("DISKOMINFO", ON_LEAVE)
                .loggedIn()
                .post(
                        "/leave-requests",
                        Json.createObjectBuilder()
                                .add("type", "IZIN")
                                .add("startDate", today)
                                .add("endDate", today)
                                .add("reason", "Mengantar orang tua berobat ke Jambi")
                                .build());
        assertThat(leave.status()).as(leave.toString()).isEqualTo(201);
        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
            // its row (the list shows pending requests first, by when they were made)
            admin.clickInRow("leave:rows", ON_LEAVE, "open");
            assertThat(admin.text("leave:reason")).isEqualTo("Mengantar orang tua berobat ke Jambi");
            admin.click("leave:approve");
            confirmIfAsked(admin);
            assertThat(admin.text("leave:messages")).contains("Permohonan disetujui.");
        }
    }

    @Test
    void eachCardListsAsManyPeopleAsItsNumberWithLinksToTheirPages() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        CARDS.forEach((card, number) -> {
            long shown = Long.parseLong(browser.text("board:" + number));
            openCard(card);
            assertThat(total()).as(card + ": the list's length").isEqualTo(shown);
            assertThat(rows()).as(card + ": rows on the first page").isEqualTo(Math.min(shown, 25));
            assertThat(links()).as(card + ": a link to each ASN").isEqualTo(rows());
            assertThat(browser.text("board:people"))
                    .as(card + ": the admin OPD's own OPD only")
                    .doesNotContain("Dinas Kesehatan");
            closeList();
        });

        openCard("Refused");
        assertThat(browser.rowContaining("board:people", REFUSED)).contains("Di luar lokasi");
        closeList();
        openCard("OnLeave");
        assertThat(browser.rowContaining("board:people", ON_LEAVE)).contains("Izin");
        closeList();
        openCard("CheckedIn");
        assertThat(browser.rowContaining("board:people", IN))
                .contains("Dinas Komunikasi dan Informatika")
                .containsPattern("\\b0[78]:[0-5][0-9]\\b");
        browser.screenshot("dasbor-daftar-hadir");
        browser.clickVisible("[id='board:people'] tbody tr a[href*='asn-detail.xhtml']");
        assertThat(browser.url()).contains("/asn-detail.xhtml?id=");
        assertThat(browser.text("asn:detail")).isNotBlank();
    }

    @Test
    void aPimpinanSeesThePeopleWithoutLinks() {
        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD);
        long shown = Long.parseLong(browser.text("board:notYetIn"));

        openCard("NotYetIn");

        assertThat(total()).isEqualTo(shown).isPositive();
        assertThat(rows()).isEqualTo(Math.min(shown, 25));
        assertThat(links()).isZero();
        closeList();
        openCard("Refused");
        assertThat(browser.rowContaining("board:people", REFUSED)).contains("Di luar lokasi");
        browser.screenshot("dasbor-daftar-pimpinan");
    }

    @Test
    void fitsTheListOnAPhone() {
        browser.windowSize(390, 844);
        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD);

        openCard("NotYetIn");

        assertThat(rows()).isPositive();
        @SuppressWarnings("unchecked")
        Map<String, Number> list = (Map<String, Number>) browser.script("var d = document.getElementById("
                + "'board:peopleDialog'); var c = d.querySelector('.ui-dialog-content'); var r = d.getBoundingClientRect();"
                + " return {left: r.left, right: r.right, width: document.documentElement.clientWidth,"
                + " contentScroll: c.scrollWidth, content: c.clientWidth};");
        assertThat(list.get("left").doubleValue())
                .as("the list's left edge " + list)
                .isGreaterThanOrEqualTo(0);
        assertThat(list.get("right").doubleValue())
                .as("the list's right edge " + list)
                .isLessThanOrEqualTo(list.get("width").doubleValue() + 1);
        assertThat(list.get("contentScroll").intValue())
                .as("no sideways scrolling in the list " + list)
                .isLessThanOrEqualTo(list.get("content").intValue());
        browser.screenshot("dasbor-daftar-ponsel");
    }

    private void openCard(String card) {
        browser.click("board:open" + card);
        browser.clickVisible("[id='board:peopleDialog'] .ui-dialog-title");
    }

    private void closeList() {
        browser.clickVisible("[id='board:peopleDialog'] .ui-dialog-titlebar-close");
    }

    /** The list's length as its paginator states it ("Jumlah: 3"). */
    private long total() {
        String report = (String) browser.script(
                "return document.querySelector(" + "\"[id='board:people'] .ui-paginator-current\").textContent");
        return Long.parseLong(report.replaceAll("[^0-9]", ""));
    }

    private long rows() {
        return ((Number) browser.script("return document.querySelectorAll(\"[id='board:people'] tbody"
                        + " tr:not(.ui-datatable-empty-message)\").length"))
                .longValue();
    }

    private long links() {
        return ((Number) browser.script("return document.querySelectorAll(\"[id='board:people'] tbody tr"
                        + " a[href*='asn-detail.xhtml?id=']\").length"))
                .longValue();
    }

    /** Answers a confirmation where the screen asks for one. */
    static void confirmIfAsked(AdminBrowser browser) {
        if (Boolean.TRUE.equals(browser.script("return Array.from(document.querySelectorAll('.ui-confirmdialog-yes'))"
                + ".some(function (b) { return b.offsetParent !== null; });"))) {
            browser.confirmYes();
        }
    }
}
