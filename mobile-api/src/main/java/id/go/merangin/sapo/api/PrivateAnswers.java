package id.go.merangin.sapo.api;

import id.go.merangin.sapo.platform.SecurityHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the API is one ASN's personal data (or a refusal about it): no browser, proxy or service worker
 * may keep it. The app's service worker caches only the app's own files, never {@code /api}. No answer is a page:
 * it runs nothing and is framed by nobody, and over HTTPS the browser is told to stay on HTTPS.
 */
@Provider
public class PrivateAnswers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        if (request.getSecurityContext().isSecure()) {
            response.getHeaders().putSingle("Strict-Transport-Security", SecurityHeaders.HSTS);
        }
    }
}
