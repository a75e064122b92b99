package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.PasswordRecovery;
import id.go.merangin.sapo.shared.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * A forgotten password (page {@code forgot.xhtml}, linked from the login page): the officer names their account
 * (username or email), gets a code at the account's confirmed email, and sets a new password with it. The page says
 * the same whether the account exists or not.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordRecovery recovery;

    private String login;
    private String code;
    private final NewPasswordFields newPassword = new NewPasswordFields();
    private boolean requested;

    public void request() {
        recovery.request(login);
        requested = true;
        Messages.info("forgot.requested");
    }

    public void reset() throws IOException {
        if (!newPassword.confirmed()) {
            return;
        }
        recovery.reset(login, code, newPassword.chars());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?reset=true");
    }

    public boolean isRequested() {
        return requested;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public NewPasswordFields getNewPassword() {
        return newPassword;
    }
}
