package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The login page's first step, the username and password (page {@code login.xhtml}): logs the officer in, or goes
 * on to the second factor's code or its enrolment where the officer needs one, or says clearly why not.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    OfficerLogin login;

    @Inject
    PendingLogin pending;

    @Inject
    OfficerSignIn signIn;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            OfficerLogin.Step step = login.password(username, password == null ? null : password.toCharArray());
            pending.start(step.accountId(), step.next());
            switch (step.next()) {
                case DONE -> signIn.finish(step.accountId());
                case SECOND_FACTOR -> external.redirect(external.getRequestContextPath() + "/login-code.xhtml");
                case ENROL -> {
                    pending.offer(login.beginEnrolment(step.accountId()));
                    external.redirect(external.getRequestContextPath() + "/login-enrol.xhtml");
                }
            }
        } catch (SapoException refused) {
            signIn.refuse(refused.code().name());
        }
    }

    /** The message for {@code login.xhtml?refused=CODE}; nothing for a code this page does not know. */
    public String refusalMessage(String code) {
        if (code == null || !OfficerSignIn.REFUSALS.contains(code)) {
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
