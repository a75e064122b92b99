package id.go.merangin.sapo.security;

import id.go.merangin.sapo.organization.MapSettings;
import id.go.merangin.sapo.platform.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of the admin screens. The Content-Security-Policy of a screen is PrimeFaces' own
 * ({@code primefaces.CSP} in web.xml): it allows scripts from SAPO and, with a nonce fresh for each response, the
 * scripts PrimeFaces writes into the page; never an inline script or handler of anyone else. Its policy in web.xml
 * names the map's tile server as {@value #TILES}, put in here from {@code sapo.map.tile-url}. Everything that is
 * not a screen (files, exports, resources) gets a policy that runs nothing at all. Error pages (403, 404, 500) get
 * the same headers: the filter also sees error dispatches.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class AdminHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where the policy in web.xml names the map's tile server. */
    static final String TILES = "sapo-map-tiles";

    static final String NOT_A_SCREEN = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    MapSettings mapSettings;

    private String tiles;

    @Override
    public void init() {
        tiles = SecurityHeaders.tileOrigin(mapSettings.getTileUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        response.setHeader("Permissions-Policy", "camera=(), geolocation=(), microphone=()");
        if (request.getServletPath().endsWith(".xhtml")) {
            chain.doFilter(request, new WithTiles(response, tiles));
        } else {
            response.setHeader("Content-Security-Policy", NOT_A_SCREEN);
            chain.doFilter(request, response);
        }
    }

    /** Names the tile server in the policy PrimeFaces sets. */
    static String withTiles(String policy, String tiles) {
        return policy.replace(" " + TILES, tiles.isEmpty() ? "" : " " + tiles);
    }

    private static final class WithTiles extends HttpServletResponseWrapper {

        private final String tiles;

        WithTiles(HttpServletResponse response, String tiles) {
            super(response);
            this.tiles = tiles;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, policy(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, policy(name, value));
        }

        private String policy(String name, String value) {
            return value != null && "Content-Security-Policy".equalsIgnoreCase(name) ? withTiles(value, tiles) : value;
        }
    }
}
