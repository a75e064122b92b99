package id.go.merangin.sapo.attendance;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The morning rush in small: more check-ins at once than the server admits (6 running and 64 waiting by default).
 * The excess is told at once to come back later, and exactly the accepted check-ins are recorded.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInAdmissionIT {

    private static final int BURST = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(CheckInAdmissionIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    @Test
    void answersTheExcessOfABurstWithServerBusyAndRetryAfterAndRecordsExactlyTheAccepted() throws Exception {
        MobileFixture fixture = new MobileFixture(organization, employees, schedules);
        List<Asn> phones = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            phones.add(fixture.registeredAsn());
        }
        List<HttpResponse<String>> answers = burst(phones);

        List<HttpResponse<String>> busy =
                answers.stream().filter(answer -> answer.statusCode() == 503).toList();
        long accepted =
                answers.stream().filter(answer -> answer.statusCode() == 201).count();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 503));
        assertThat(busy).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"SERVER_BUSY\"");
            assertThat(answer.headers().firstValue("Retry-After").map(Integer::valueOf))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
        });
        assertThat(accepted).isPositive();
        assertThat(acceptedEventsOf(phones)).isEqualTo(accepted);
    }

    private static List<HttpResponse<String>> burst(List<Asn> phones) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(phones.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (Asn phone : phones) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/attendance"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + phone.token())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                checkIn("CHECK_IN", OFFICE, 8).toString()))
                        .build();
                sent.add(pool.submit(() -> {
                    go.await();
                    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long acceptedEventsOf(List<Asn> phones) throws SQLException {
        String ids =
                phones.stream().map(phone -> Long.toString(phone.employeeId())).collect(Collectors.joining(","));
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from attendance_event"
                        + " where decision = 'ACCEPTED' and employee_id in (" + ids + ")");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/api/v1";
    }
}
