package id.go.merangin.sapo.platform;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Prometheus scrapes from the management interface's {@code /metrics}: a check-in, a check-out before its
 * window (refused) and a wrong
 * password move SAPO's own counters, and WildFly's datasource pool is there next to them.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(MetricsIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Test
    void aCheckInARefusalAndAWrongPasswordMoveTheScrapedCounters() throws Exception {
        Asn asn = new MobileFixture(organization, employees, schedules).registeredAsn();
        String before = scrape();

        ApiClient.Answer accepted = asn.phone()
                .with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/attendance", checkIn("CHECK_IN", OFFICE, 8));
        ApiClient.Answer refused = asn.phone()
                .with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/attendance", checkIn("CHECK_OUT", OFFICE, 8));
        ApiClient.Answer wrongPassword = new ApiClient()
                .post(
                        "/auth/login",
                        Json.createObjectBuilder()
                                .add("nip", asn.nip())
                                .add("password", "not-" + asn.password())
                                .add("deviceId", asn.deviceId())
                                .build());
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(refused.code()).as("%s", refused).isEqualTo("OUTSIDE_WINDOW");
        assertThat(wrongPassword.status()).isEqualTo(401);

        String after = scrape();
        String acceptedCheckIns = "sapo_checkins_total{WF_DEPLOYMENT=\"sapo.ear\",code=\"\",outcome=\"accepted\"}";
        String refusedCheckIns =
                "sapo_checkins_total{WF_DEPLOYMENT=\"sapo.ear\",code=\"OUTSIDE_WINDOW\"," + "outcome=\"refused\"}";
        String timed = "sapo_checkin_duration_seconds_count{WF_DEPLOYMENT=\"sapo.ear\"}";
        String withinAll = "sapo_checkin_answered_within_total{WF_DEPLOYMENT=\"sapo.ear\",le=\"+Inf\"}";
        String wrongPasswords = "sapo_login_failures_total{WF_DEPLOYMENT=\"sapo.ear\",reason=\"wrong_password\"}";
        assertThat(value(after, acceptedCheckIns) - value(before, acceptedCheckIns))
                .isEqualTo(1);
        assertThat(value(after, refusedCheckIns) - value(before, refusedCheckIns))
                .isEqualTo(1);
        assertThat(value(after, timed) - value(before, timed)).isEqualTo(2);
        assertThat(value(after, withinAll) - value(before, withinAll)).isEqualTo(2);
        assertThat(value(after, wrongPasswords) - value(before, wrongPasswords)).isEqualTo(1);
        assertThat(after)
                .contains("sapo_checkin_admission_running{WF_DEPLOYMENT=\"sapo.ear\"}")
                .contains("sapo_checkin_admission_waiting{WF_DEPLOYMENT=\"sapo.ear\"}")
                .containsPattern("datasources_pool_in_use_count\\{[^}]*name=\"SapoDS\"");
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/metrics"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The management port as the server itself has it (this test runs in the server). */
    private static int managementPort() {
        return 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    /** The sample's value in a scrape; 0 when the series is not there yet (a counter not yet moved). */
    private static double value(String scrape, String series) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
