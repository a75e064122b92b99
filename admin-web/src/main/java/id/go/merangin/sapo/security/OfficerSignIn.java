package id.go.merangin.sapo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The end of every login page's work: logs the officer in with Jakarta Security once every step passed (a ticket,
 * see {@link LoginTickets}), with a new session id, the session's idle timeout ({@code sapo.admin.idle-minutes},
 * 30 by default) and the account's session generation noted for {@link OfficerSessionFilter}; or sends the browser
 * back to the login page saying why not.
 */
@RequestScoped
public class OfficerSignIn {

    /** The refusals the login page can explain; the codes come from the account services. */
    static final Set<String> REFUSALS = Set.of(
            "INVALID_CREDENTIALS",
            "ACCOUNT_LOCKED_OUT",
            "ACCOUNT_LOCKED",
            "ACCOUNT_PENDING",
            "NOT_AN_OFFICER",
            "SESSION_ENDED",
            "LOGIN_EXPIRED");

    @Inject
    SecurityContext security;

    @Inject
    LoginTickets tickets;

    @Inject
    LoginAttempt attempt;

    @Inject
    PendingLogin pending;

    @Inject
    @ConfigProperty(name = "sapo.admin.idle-minutes", defaultValue = "30")
    int idleMinutes;

    /** Logs in the officer of {@code accountId}, who passed every step, and opens the home page. */
    public void finish(long accountId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new TicketCredential(tickets.issue(accountId)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS || attempt.officer() == null) {
            refuse(attempt.refusalCode());
            return;
        }
        pending.clear();
        // a new session id for the logged-in session: whoever knew the one of the login page gets nothing
        request.changeSessionId();
        OfficerSessionFilter.begin(request.getSession(), attempt.officer().sessionGeneration(), idleMinutes);
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /**
     * Back to the login page with a fresh session, saying why ({@code login.xhtml?refused=CODE}). Post/redirect/get:
     * Soteria keeps a failed dialog's marker in the session, and with it every later /admin URL answered an empty
     * page.
     */
    public void refuse(String code) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        pending.clear();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?refused="
                + (code != null && REFUSALS.contains(code) ? code : "INVALID_CREDENTIALS"));
    }
}
