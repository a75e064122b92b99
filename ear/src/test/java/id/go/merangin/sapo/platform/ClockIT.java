package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests' WildFly runs with {@code SAPO_CLOCK_START=2026-03-02T00:25:00Z} (ear/pom.xml): SAPO's clock must read
 * that morning, running on in real time, and the server log must warn that the clock is not the real one.
 */
@ExtendWith(ArquillianExtension.class)
class ClockIT {

    private static final Instant CONFIGURED_START = Instant.parse("2026-03-02T00:25:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(ClockIT.class);
    }

    @Inject
    Clock clock;

    @Test
    void startsAtTheConfiguredInstantAndRunsOn() throws InterruptedException {
        Instant first = clock.instant();
        Thread.sleep(50);
        Instant second = clock.instant();

        assertThat(first).isBetween(CONFIGURED_START, CONFIGURED_START.plus(Duration.ofMinutes(30)));
        assertThat(Duration.between(first, second)).isBetween(Duration.ofMillis(50), Duration.ofSeconds(5));
    }

    @Test
    void warnsInTheServerLogThatTheClockIsSet() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");

        assertThat(Files.readString(log)).contains("WARN").contains("SAPO_CLOCK_START is set");
    }
}
