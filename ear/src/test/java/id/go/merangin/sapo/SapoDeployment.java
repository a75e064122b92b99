package id.go.merangin.sapo;

import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the system tests: the EAR exactly as Maven built it, and for in-container tests the same EAR
 * with one more web module that holds the test classes, the phone-like {@link ApiClient} and {@link MobileFixture},
 * and AssertJ, marked as the archive under test.
 */
public final class SapoDeployment {

    private SapoDeployment() {
    }

    /** The built EAR, unchanged, for tests that talk to SAPO over HTTP. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sapo.ear")));
    }

    /** The built EAR plus {@code sapo-it.war} with {@code testClasses}, for tests that call the services. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "sapo-it.war")
                .addClasses(testClasses)
                .addClasses(ApiClient.class, ApiClient.Answer.class, MobileFixture.class, MobileFixture.Asn.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear().addAsModule(Testable.archiveToTest(tests));
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP port of the tests' WildFly. */
    public static int httpPort() {
        return 8080 + Integer.getInteger("sapo.test.port.offset", 0);
    }

    /** The management port (health, metrics) of the tests' WildFly. */
    public static int managementPort() {
        return Integer.getInteger("sapo.test.management.port", 9990);
    }
}
