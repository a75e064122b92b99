package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the IT staff and the phone app see of a freshly deployed SAPO, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "id")
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsReadyWithTheDatabaseAndTheVersion() throws Exception {
        HttpResponse<String> ready = get(SapoDeployment.managementPort(), "/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"sapo-database\"")
                .containsPattern("\"version\":\"\\d+\\.\\d+\\.\\d+")
                .contains("\"schemaVersion\":");
    }

    @Test
    void answersTheMobileApiUnderApiV1() throws Exception {
        HttpResponse<String> status = get(SapoDeployment.httpPort(), "/api/v1/status");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(status.body()).contains("\"service\":\"SAPO\"");
    }

    @Test
    void givesEveryAnswerARequestIdAndKeepsTheProxysOne() throws Exception {
        HttpResponse<String> mine = get(SapoDeployment.httpPort(), "/api/v1/status");
        HttpResponse<String> again = get(SapoDeployment.httpPort(), "/api/v1/status");
        HttpResponse<String> proxied = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + SapoDeployment.httpPort() + "/api/v1/nothing-here"))
                        .header("X-Request-Id", "haproxy-7f3a9c2e.01")
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(mine.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{24}"));
        assertThat(again.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(mine.headers().firstValue("X-Request-Id"));
        assertThat(proxied.statusCode()).isEqualTo(404);
        assertThat(proxied.headers().firstValue("X-Request-Id")).hasValue("haproxy-7f3a9c2e.01");
    }

    @Test
    void answersAPathOutsideSapoWith404() throws Exception {
        assertThat(get(SapoDeployment.httpPort(), "/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheAdminScreensUnderAdminBehindALoginInIndonesian() throws Exception {
        HttpResponse<String> screen = get(SapoDeployment.httpPort(), "/admin/index.xhtml");
        assertThat(screen.statusCode()).isEqualTo(302);
        assertThat(screen.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/admin/login.xhtml"));

        HttpResponse<String> login = get(SapoDeployment.httpPort(), "/admin/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("Sistem Absensi Pegawai Online Kabupaten Merangin")
                .contains("primefaces");
    }
}
