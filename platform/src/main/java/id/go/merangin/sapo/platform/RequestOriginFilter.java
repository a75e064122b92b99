package id.go.merangin.sapo.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Notes the caller's address (an officer's browser, an ASN's phone) for the audit log. It is the address the server
 * sees: behind the regency's reverse proxy, WildFly's {@code proxy-address-forwarding} makes it the caller's own.
 * Each WAR maps it to {@code /*} in its {@code web.xml} (a filter in the EAR's {@code lib/} is not scanned).
 */
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.noteAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
