package id.go.merangin.sapo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses a form post to a screen that does not carry the session's {@link CsrfToken}: 403 when a session exists
 * (a forged form from another site), the page afresh when there is none (the session had ended: the login page
 * follows). Nothing of the request reaches the screen.
 */
@WebFilter("*.xhtml")
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (CsrfToken.matches(session, request.getParameter(CsrfToken.FIELD))) {
            chain.doFilter(request, response);
            return;
        }
        if (session == null) {
            String page = request.getContextPath() + request.getServletPath();
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + page
                                + "\"/></partial-response>");
            } else {
                response.sendRedirect(page);
            }
            return;
        }
        LOG.info(() -> "Refused a form post to " + request.getServletPath()
                + " without the session's anti-CSRF token (from " + request.getRemoteAddr() + ")");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
