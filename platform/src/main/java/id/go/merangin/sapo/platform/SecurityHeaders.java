package id.go.merangin.sapo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The security headers every page and file of SAPO carries, the admin screens' and the ASN app's alike: no framing
 * by other sites, no guessing of content types, no referrer to other sites, no sharing of the window with other
 * origins, and HSTS when the request came over HTTPS (directly or through the Pemda's proxy, see docs/https.md).
 * Each WAR adds its own Content-Security-Policy, built with {@link #tileOrigin} for the map's background.
 */
public final class SecurityHeaders {

    /** A year: a browser that saw SAPO over HTTPS never asks over plain HTTP again. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * The origin that map tiles come from, for a Content-Security-Policy's {@code img-src}: {@code scheme://host[:port]}
     * of a tile template such as {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} ({@code {s}} becomes
     * {@code *.}); empty when there is no usable http(s) URL.
     */
    public static String tileOrigin(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            // a template such as https://{s}.tile.example.org/{z}/{x}/{y}.png is no URI as it stands
            URI uri = new URI(url.replace("{s}.", "").replaceAll("[{}]", ""));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return "";
            }
            String host = url.contains("{s}.") ? "*." + uri.getHost() : uri.getHost();
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
