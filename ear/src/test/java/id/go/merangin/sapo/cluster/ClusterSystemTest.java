package id.go.merangin.sapo.cluster;

import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.web.AdminBrowser;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SAPO on two nodes behind HAProxy, as {@code bin/cluster} starts it ({@code bin/lib/check-cluster.sh} starts the
 * cluster on the demo data with the clock on Tuesday 3 March 2026 in the morning, runs this class with
 * {@code -Dit.test=ClusterSystemTest} and the addresses, and stops it). Not one of the suite's system tests: those run
 * on one WildFly that Arquillian starts. What one node commits, the other's next check-in sees at once, although
 * each keeps the day's plans and leave in memory; an officer stays on one node and, when it stops, logs in again on
 * the other.
 */
@TestMethodOrder(OrderAnnotation.class)
class ClusterSystemTest {

    private static final String DEMO_PASSWORD = "Demo#Sapo2026";
    private static final String BALANCER = System.getProperty("sapo.cluster.balancer");
    private static final String NODE_A = System.getProperty("sapo.cluster.node1");
    private static final String NODE_B = System.getProperty("sapo.cluster.node2");
    private static final Coordinates SETDA_OFFICE = new Coordinates(-2.085200, 102.283900);
    private static final Coordinates BKPSDMD_OFFICE = new Coordinates(-2.083400, 102.286700);

    /** A registered demo ASN's phone, logged in through {@code server}. */
    private static ApiClient phone(String server, String nip) {
        ApiClient.Answer login = new ApiClient(server)
                .post(
                        "/auth/login",
                        Json.createObjectBuilder()
                                .add("nip", nip)
                                .add("password", DEMO_PASSWORD)
                                .add("deviceId", "demo-" + nip)
                                .build());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new ApiClient(server).bearer(login.json().getString("token"));
    }

    private static ApiClient.Answer checkInAt(String server, String nip, Coordinates office) {
        return phone(server, nip)
                .with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/attendance", checkIn("CHECK_IN", office, 5));
    }

    @Test
    @Order(1)
    void aLeaveApprovedOnOneNodeRefusesTheNextCheckInOnTheOther() {
        // node A keeps who is on leave today once a colleague has checked in there
        assertThat(checkInAt(NODE_A, "197109091998031001", SETDA_OFFICE).status())
                .isEqualTo(201);
        ApiClient.Answer requested = phone(BALANCER, "198604302011012003")
                .post(
                        "/leave-requests",
                        Json.createObjectBuilder()
                                .add("type", "IZIN")
                                .add("startDate", "2026-03-03")
                                .add("endDate", "2026-03-03")
                                .add("reason", "Mengurus surat tanah di Bangko")
                                .build());
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);

        try (AdminBrowser browser = new AdminBrowser(NODE_B)) {
            browser.logIn("admin.setda", DEMO_PASSWORD).open("/leave.xhtml");
            browser.clickInRowWith("leave:rows", "open", "Deswita Anggraini", "03/03/2026");
            browser.type("leave:note", "Disetujui.").click("leave:approve").confirmYes();
            assertThat(browser.text("leave:messages")).contains("Permohonan disetujui.");
        }

        ApiClient.Answer refused = checkInAt(NODE_A, "198604302011012003", SETDA_OFFICE);
        assertThat(refused.code()).as(refused.toString()).isEqualTo("ON_LEAVE");
    }

    @Test
    @Order(2)
    void aHolidayDeclaredOnOneNodeRefusesTheNextCheckInOnTheOther() {
        // node B keeps what today holds for BKPSDMD once an ASN of it has asked there
        assertThat(checkInAt(NODE_B, "196903141996031001", BKPSDMD_OFFICE).status())
                .isEqualTo(201);

        try (AdminBrowser browser = new AdminBrowser(NODE_A)) {
            browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/holidays.xhtml");
            browser.type("holidays:holidayName", "Libur Uji Klaster").typeDate("holidays:holidayDate", "03/03/2026");
            browser.click("holidays:declare");
            assertThat(browser.text("holidays:messages")).contains("Hari libur disimpan.");
        }

        ApiClient.Answer refused = checkInAt(NODE_B, "198407222009012002", BKPSDMD_OFFICE);
        assertThat(refused.code()).as(refused.toString()).isEqualTo("NOT_A_WORKDAY");
        assertThat(refused.json().getString("detail")).contains("Libur Uji Klaster");
    }

    @Test
    @Order(3)
    void anOfficerStaysOnOneNodeAndLogsInAgainWhenItStops() throws IOException, InterruptedException {
        try (AdminBrowser browser = new AdminBrowser(BALANCER)) {
            browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/index.xhtml");
            String node = browser.cookie("SAPO_NODE").getValue();
            for (int page = 0; page < 4; page++) {
                browser.open("/leave.xhtml");
                assertThat(browser.cookie("SAPO_NODE").getValue()).isEqualTo(node);
                assertThat(browser.url()).contains("/leave.xhtml");
            }

            cluster("stop-node", node.substring("node".length()));
            // the other node has no session of the officer's: it answers with the login form (in place of the
            // page asked for, whose address stays), never an error
            browser.open("/leave.xhtml");
            assertThat(browser.has("login:username")).as(browser.pageText()).isTrue();
            assertThat(browser.failedResources()).isEmpty();
            browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/leave.xhtml");
            assertThat(browser.url()).contains("/leave.xhtml");
            assertThat(browser.cookie("SAPO_NODE").getValue()).isNotEqualTo(node);
            cluster("start-node", node.substring("node".length()));
        }
    }

    /** Runs {@code bin/cluster} with {@code arguments} in the project's directory. */
    private static void cluster(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "bin/cluster";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command)
                .directory(Path.of(System.getProperty("sapo.project.dir")).toFile())
                .inheritIO()
                .start();
        assertThat(process.waitFor())
                .as("bin/cluster %s", String.join(" ", arguments))
                .isZero();
    }
}
