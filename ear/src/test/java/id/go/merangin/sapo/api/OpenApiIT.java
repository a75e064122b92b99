package id.go.merangin.sapo.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the app makers code against is served by SAPO and names every call, and every code of the
 * problem catalogue with its status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void describesEveryCallAndTheRefusalCodes() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + SapoDeployment.httpPort() + "/openapi?format=JSON"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("SAPO Merangin")
                .contains(
                        "/v1/auth/register",
                        "/v1/auth/login",
                        "/v1/auth/logout",
                        "/v1/devices/rebind-requests",
                        "/v1/me",
                        "/v1/attendance",
                        "/v1/attendance/today",
                        "/v1/leave-requests",
                        "/v1/leave-requests/{id}",
                        "/v1/problem-reports",
                        "/v1/problem-reports/{id}")
                .contains(
                        "LEAVE_OVERLAPS",
                        "INVALID_ATTACHMENT",
                        "ATTACHMENT_TOO_LARGE",
                        "ATTACHMENT_UNSUPPORTED_TYPE",
                        "INVALID_PROBLEM_CATEGORY")
                .contains(
                        "OUTSIDE_GEOFENCE",
                        "LOW_ACCURACY",
                        "MOCK_LOCATION",
                        "OUTSIDE_WINDOW",
                        "NOT_A_WORKDAY",
                        "ON_LEAVE",
                        "INVALID_PHOTO",
                        "PHOTO_TOO_LARGE",
                        "PHOTO_NOT_JPEG",
                        "DEVICE_NOT_BOUND")
                .contains("Idempotency-Key")
                .contains("bearer");
        JsonObject problem = Json.createReader(new StringReader(document.body()))
                .readObject()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("Problem");
        JsonObject statuses = problem.getJsonObject("x-sapo-status-of-code");
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(problem.getJsonObject("properties")
                            .getJsonObject("code")
                            .getJsonArray("enum")
                            .getValuesAs(JsonString::getString))
                    .as("the codes of the served document")
                    .contains(code.name());
            assertThat(statuses.getInt(code.name())).as("the status of " + code).isEqualTo(code.status());
        }
    }
}
