package id.go.merangin.sapo.app;

import id.go.merangin.sapo.platform.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of every file of the app. A strict Content-Security-Policy (scripts and styles only from the app
 * itself, no inline script; pictures also from the configured map tile server; data only from the same origin, the
 * API), the camera and geolocation for this origin only, no framing, no referrer; and a cache policy per kind of
 * file: the versioned library files (WebJars) are kept for a year, the icons for a week, and everything else is
 * checked with the server on each load (the service worker keeps the app's shell for when the phone is offline).
 */
@WebFilter("/*")
public class AppHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = contentSecurityPolicy(AppSettings.fromConfig().tileUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
        response.setHeader("Cache-Control", cacheControl(request.getServletPath()));
        // the server gzips the app's text files (sapo-server.cli): a shared cache must keep both forms apart
        response.setHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }

    /** The policy for a map whose tiles come from {@code tileUrl} (an {@code {z}/{x}/{y}} URL), or none when blank. */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = SecurityHeaders.tileOrigin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:"
                + (tiles.isEmpty() ? "" : " " + tiles)
                + "; media-src 'self' blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self';"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** How long a browser may keep the file at {@code path} (a path inside the app). */
    static String cacheControl(String path) {
        if (path.startsWith("/webjars/")) {
            return "public, max-age=31536000, immutable";
        }
        if (path.startsWith("/icons/")) {
            return "public, max-age=604800";
        }
        return "no-cache";
    }
}
