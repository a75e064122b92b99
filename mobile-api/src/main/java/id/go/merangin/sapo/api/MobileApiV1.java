package id.go.merangin.sapo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Version 1 of the phone app's API, under the WAR's context root {@code /api}. */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "SAPO Merangin — mobile API",
                        version = "1",
                        description =
                                "The phone app's contract. Errors are RFC 9457 application/problem+json with a stable"
                                        + " `code` and a message in the language of Accept-Language (Indonesian by default)."
                                        + " Every write a phone may retry takes an Idempotency-Key header.",
                        contact = @Contact(name = "BKPSDMD Kabupaten Merangin")),
        servers = @Server(url = "/api"),
        tags = {
            @Tag(name = "auth", description = "Registration, login, logout, moving to a new phone"),
            @Tag(name = "profile", description = "The ASN's profile, today's windows and office locations"),
            @Tag(name = "attendance", description = "Check in, break, check out; today and the month")
        })
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The token from POST /v1/auth/login")
public class MobileApiV1 extends Application {}
