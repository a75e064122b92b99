package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import id.go.merangin.sapo.shared.SapoExceptionHandler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * The login's second step (page {@code login-code.xhtml}): the six digits of the officer's authenticator app, or
 * one of their recovery codes. A wrong code counts towards the same lockout as a wrong password.
 */
@Named
@RequestScoped
public class LoginCodeView {

    @Inject
    OfficerLogin login;

    @Inject
    PendingLogin pending;

    @Inject
    OfficerSignIn signIn;

    private String code;

    /** Opened without a password step before it (or too long after): back to the login page. */
    public void check() throws IOException {
        if (pending.waitingAt(OfficerLogin.Next.SECOND_FACTOR).isEmpty()) {
            signIn.refuse("LOGIN_EXPIRED");
        }
    }

    public void submit() throws IOException {
        Optional<Long> account = pending.waitingAt(OfficerLogin.Next.SECOND_FACTOR);
        if (account.isEmpty()) {
            signIn.refuse("LOGIN_EXPIRED");
            return;
        }
        try {
            login.secondFactor(account.get(), code);
            signIn.finish(account.get());
        } catch (SapoException refused) {
            if (refused.code() == ProblemCode.SECOND_FACTOR_INVALID) {
                code = null;
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, SapoExceptionHandler.message(faces, refused), null));
                faces.validationFailed();
            } else {
                signIn.refuse(refused.code().name());
            }
        }
    }

    /** Gives up this login: back to the login page. */
    public void cancel() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        pending.clear();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
