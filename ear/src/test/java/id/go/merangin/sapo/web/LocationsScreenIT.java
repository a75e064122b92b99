package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import jakarta.json.JsonObject;
import org.assertj.core.data.Offset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OPD and location screen with its Leaflet map, in a test server without internet (so without background
 * tiles): an admin OPD places a new location on the map, sizes it by dragging its edge, saves it, and an ASN's
 * check-in there is accepted at once; a wrong shape gets a message and saves nothing; a sub-unit is added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LocationsScreenIT extends AdminScreenTest {

    /** About 1.4 km south-east of the Diskominfo office: no other fence of the OPD reaches here. */
    private static final String LATITUDE = "-2.099";

    private static final String LONGITUDE = "102.295";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void placesALocationOnTheMapWhereAnAsnThenChecksIn() {
        ApiClient phone = DemoPhone.freshAsnOf("DISKOMINFO", "Yudi Pratama Uji").loggedIn();
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");
        assertThat(browser.text("loc:locations")).contains("Kantor Dinas Komunikasi dan Informatika");
        assertThat(browser.text("loc:opds"))
                .as("only the admin's own OPD (and its sub-units)")
                .contains("Dinas Komunikasi dan Informatika")
                .doesNotContain("Dinas Kesehatan");
        assertThat(mapShapes()).as("fences drawn without tiles").isPositive();

        browser.click("loc:newCircle");
        browser.type("loc:name", "Posko Uji Peta");
        browser.type("loc:latitude", LATITUDE).type("loc:longitude", LONGITUDE);
        browser.script("document.getElementById('loc:longitude').dispatchEvent(new Event('change'));");
        browser.clickAt("map", 0, 0);
        String latitude = browser.value("loc:latitude");
        String longitude = browser.value("loc:longitude");
        assertThat(Double.parseDouble(latitude)).isCloseTo(-2.099, Offset.offset(0.003));
        browser.dragLast("#map path.leaflet-interactive", 60, 0);
        double radius = Double.parseDouble(browser.value("loc:radiusM"));
        assertThat(radius).as("radius after dragging the edge").isGreaterThan(110);
        browser.screenshot("locations-editing");
        browser.click("loc:save");

        assertThat(browser.text("loc:messages")).contains("Lokasi absen disimpan.");
        assertThat(browser.text("loc:locations")).contains("Posko Uji Peta");
        browser.screenshot("locations-saved");
        ApiClient.Answer checkIn = phone.with("Idempotency-Key", "peta-" + System.nanoTime())
                .post(
                        "/attendance",
                        MobileFixture.checkIn(
                                "CHECK_IN",
                                new Coordinates(Double.parseDouble(latitude), Double.parseDouble(longitude)),
                                10));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        JsonObject accepted = checkIn.json();
        assertThat(accepted.getString("locationName")).isEqualTo("Posko Uji Peta");
    }

    private int mapShapes() {
        return ((Number) browser.script("return document.querySelectorAll('#map path.leaflet-interactive').length"))
                .intValue();
    }

    @Test
    void refusesAPolygonOfTwoCornersWithAMessage() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");
        browser.click("loc:newPolygon");
        browser.type("loc:name", "Lapangan Uji");
        browser.clickAt("map", -40, -40).clickAt("map", 40, 40);
        assertThat(browser.value("loc:vertices").split(";")).hasSize(2);

        browser.click("loc:save");

        assertThat(browser.text("loc:messages")).contains("poligon perlu sedikitnya 3 sudut");
        assertThat(browser.text("loc:locations")).doesNotContain("Lapangan Uji");
    }

    @Test
    void drawsADatedPolygonForAnApel() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");
        browser.click("loc:newPolygon");
        browser.type("loc:name", "Lapangan Apel HUT RI");
        browser.clickAt("map", -60, -40)
                .clickAt("map", 60, -40)
                .clickAt("map", 60, 40)
                .clickAt("map", -60, 40);
        assertThat(browser.value("loc:vertices").split(";")).hasSize(4);
        browser.typeDate("loc:validFrom", "17/08/2026").typeDate("loc:validUntil", "17/08/2026");
        browser.click("loc:save");

        assertThat(browser.text("loc:messages")).contains("Lokasi absen disimpan.");
        assertThat(browser.rowContaining("loc:locations", "Lapangan Apel HUT RI"))
                .contains("Poligon")
                .contains("17/08/2026 – 17/08/2026");
        assertThat(TestDatabase.number("select count(*) from audit_entry where action = 'LOCATION_CREATED'"
                        + " and detail like '%Lapangan Apel HUT RI%'"))
                .as("audited")
                .isOne();
    }

    @Test
    void addsASubUnitBelowTheAdminsOwnOpd() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/locations.xhtml");
        String code = "DISKOMINFO-U" + (System.nanoTime() % 100_000);
        browser.click("loc:newOpd");
        browser.type("loc:opdCode", code).type("loc:opdName", "Bidang Uji Persandian");
        // a new unit goes below the OPD in view unless the officer picks another parent
        browser.click("loc:saveOpd");

        assertThat(browser.text("loc:messages")).contains("OPD disimpan.");
        assertThat(browser.text("loc:opds")).contains("Bidang Uji Persandian");
    }
}
