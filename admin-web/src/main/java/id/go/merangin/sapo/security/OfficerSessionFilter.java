package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerLogin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * Keeps every request of a logged-in officer honest about the account behind it: a session begun before the
 * password was changed or reset (the account's session generation moved on), or whose account was locked, ends at
 * its next request and goes back to the login page; an officer whose password someone else chose is sent to
 * Akun saya to choose their own before anything else. One indexed read per page request (not for the pages'
 * scripts and styles).
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class OfficerSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the account's session generation at login. */
    static final String GENERATION = "sapo.officer.sessionGeneration";

    static final String ACCOUNT_PAGE = "/account.xhtml";

    /** Scripts, styles and images of the pages (Faces resources): nothing to check, the page that loads them was. */
    static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    transient OfficerLogin login;

    /** Notes a new officer's session: its generation, and how long it may stay idle. */
    static void begin(HttpSession session, int generation, int idleMinutes) {
        session.setAttribute(GENERATION, generation);
        session.setMaxInactiveInterval(idleMinutes * 60);
    }

    /** The session goes on under the account's new generation (the officer changed their own password in it). */
    static void renew(HttpSession session, int generation) {
        session.setAttribute(GENERATION, generation);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal officer = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (officer == null || session == null || request.getServletPath().startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        Object generation = session.getAttribute(GENERATION);
        Optional<OfficerLogin.SessionState> state = login.sessionState(officer.getName());
        if (state.isEmpty()
                || !(generation instanceof Integer begun)
                || !state.get().continues(begun)) {
            request.logout();
            session.invalidate();
            Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml?refused=SESSION_ENDED");
            return;
        }
        if (state.get().mustChangePassword() && !ACCOUNT_PAGE.equals(request.getServletPath())) {
            Servlets.facesRedirect(request, response, request.getContextPath() + ACCOUNT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
