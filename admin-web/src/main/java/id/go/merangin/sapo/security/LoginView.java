package id.go.merangin.sapo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** The login form: hands the credentials to Jakarta Security and says clearly why a login was refused. */
@Named
@RequestScoped
public class LoginView {

    /** The refusals the login page can explain; the codes come from the account services. */
    private static final Set<String> REFUSALS = Set.of("INVALID_CREDENTIALS", "ACCOUNT_LOCKED_OUT", "ACCOUNT_LOCKED",
            "ACCOUNT_PENDING", "NOT_AN_OFFICER");

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // a new session id for the logged-in session: whoever knew the one of the login page gets nothing
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                // Post/redirect/get with a fresh session: Soteria keeps the failed dialog's marker in the session,
                // and with it every later /admin URL answered an empty page. The page says why from the code.
                String code = attempt.refusalCode() == null ? "INVALID_CREDENTIALS" : attempt.refusalCode();
                external.invalidateSession();
                external.redirect(external.getRequestContextPath() + "/login.xhtml?refused="
                        + (REFUSALS.contains(code) ? code : "INVALID_CREDENTIALS"));
            }
        }
    }

    /** The message for {@code login.xhtml?refused=CODE}; nothing for a code this page does not know. */
    public String refusalMessage(String code) {
        if (code == null || !REFUSALS.contains(code)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("login.refused." + code);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
