package id.go.merangin.sapo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a phone sees of SAPO over HTTPS, the only way it may use the camera and GPS: the tests' WildFly is configured
 * by https.cli with a throw-away key store (ear/src/test/wildfly/https-test-server.sh), and the client trusts nothing
 * but that key store's certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void answersTheMobileApiOverHttpsWithTheConfiguredCertificate() throws Exception {
        X509Certificate configured = configuredCertificate();
        HttpClient phone = HttpClient.newBuilder()
                .sslContext(trustingOnly(configured))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + SapoDeployment.httpsPort() + "/api/v1/status"))
                .timeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> status = phone.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"service\":\"SAPO\"");
        assertThat(status.version()).isEqualTo(HttpClient.Version.HTTP_2);
        SSLSession tls = status.sslSession().orElseThrow();
        assertThat(tls.getProtocol()).isEqualTo("TLSv1.3");
        X509Certificate served = (X509Certificate) tls.getPeerCertificates()[0];
        assertThat(served.getSubjectX500Principal().getName())
                .isEqualTo("CN=sapo-it.merangin.test,O=SAPO integration tests");
        assertThat(served).isEqualTo(configured);
    }

    @Test
    void marksTheSessionCookieSecureAndAsksForHttpsOnly() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .sslContext(trustingOnly(configuredCertificate()))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(
                                URI.create("https://127.0.0.1:" + SapoDeployment.httpsPort() + "/admin/login.xhtml"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("; secure")
                        .containsIgnoringCase("; httponly")
                        .containsIgnoringCase("samesite=lax"));
        HttpResponse<String> api = browser.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + SapoDeployment.httpsPort() + "/api/v1/status"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static X509Certificate configuredCertificate() throws IOException, GeneralSecurityException {
        try (InputStream pem = Files.newInputStream(Path.of(System.getProperty("sapo.test.tls.certificate")))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    private static SSLContext trustingOnly(Certificate certificate) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("sapo", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
