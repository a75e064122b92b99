package id.go.merangin.sapo;

import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.security.ActingOfficer;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.security.AsDiskominfoAdmin;
import id.go.merangin.sapo.security.AsDiskominfoPimpinan;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the system tests: the EAR exactly as Maven built it, and for in-container tests the same EAR
 * with one more web module that holds the test classes, the phone-like {@link ApiClient} and {@link MobileFixture},
 * the demo officers to act as ({@link ActingOfficer}), and AssertJ, marked as the archive under test.
 */
public final class SapoDeployment {

    /** SAPO's refusals pass through the test module's acting officers unwrapped, as through the services. */
    private static final String TEST_EJB_JAR = """
            <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                <assembly-descriptor>
                    <application-exception>
                        <exception-class>id.go.merangin.sapo.shared.SapoException</exception-class>
                        <rollback>false</rollback>
                        <inherited>true</inherited>
                    </application-exception>
                </assembly-descriptor>
            </ejb-jar>
            """;

    private SapoDeployment() {}

    /** The built EAR, unchanged, for tests that talk to SAPO over HTTP. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sapo.ear")));
    }

    /** The built EAR plus {@code sapo-it.war} with {@code testClasses}, for tests that call the services. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "sapo-it.war")
                .addClasses(testClasses)
                .addClasses(ApiClient.class, ApiClient.Answer.class, MobileFixture.class, MobileFixture.Asn.class)
                .addClasses(ActingOfficer.class, AsBkpsdmd.class, AsDiskominfoAdmin.class, AsDiskominfoPimpinan.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(TEST_EJB_JAR), "ejb-jar.xml");
        return ear().addAsModule(Testable.archiveToTest(tests));
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP port of the tests' WildFly. */
    public static int httpPort() {
        return 8080 + Integer.getInteger("sapo.test.port.offset", 0);
    }

    /** The HTTPS port of the tests' WildFly (see HttpsIT). */
    public static int httpsPort() {
        return 8443 + Integer.getInteger("sapo.test.port.offset", 0);
    }

    /** The management port (health, metrics) of the tests' WildFly. */
    public static int managementPort() {
        return Integer.getInteger("sapo.test.management.port", 9990);
    }
}
