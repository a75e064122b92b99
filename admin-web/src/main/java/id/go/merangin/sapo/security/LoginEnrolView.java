package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.employee.Totp;
import id.go.merangin.sapo.shared.QrCodeImage;
import id.go.merangin.sapo.shared.SapoException;
import id.go.merangin.sapo.shared.SapoExceptionHandler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Enrolling the second factor at the login of an officer who needs one and has none (page
 * {@code login-enrol.xhtml}): the QR code (and the secret, to type by hand) for the authenticator app, a code from
 * the app to prove it holds the secret, then the ten recovery codes, shown this once, and on into SAPO.
 */
@Named
@RequestScoped
public class LoginEnrolView {

    @Inject
    OfficerLogin login;

    @Inject
    PendingLogin pending;

    @Inject
    OfficerSignIn signIn;

    private String code;

    /** Opened without a password step before it (or too long after): back to the login page. */
    public void check() throws IOException {
        if (pending.waitingAt(OfficerLogin.Next.ENROL).isEmpty()
                || pending.secret() == null && pending.recoveryCodes() == null) {
            signIn.refuse("LOGIN_EXPIRED");
        }
    }

    public void enrol() throws IOException {
        Optional<Long> account = pending.waitingAt(OfficerLogin.Next.ENROL);
        if (account.isEmpty() || pending.secret() == null) {
            signIn.refuse("LOGIN_EXPIRED");
            return;
        }
        try {
            pending.enrolled(login.enrol(account.get(), pending.secret(), code));
        } catch (SapoException refused) {
            code = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, SapoExceptionHandler.message(faces, refused), null));
            faces.validationFailed();
        }
    }

    /** The recovery codes were seen: the officer is logged in. */
    public void proceed() throws IOException {
        Optional<Long> account = pending.waitingAt(OfficerLogin.Next.ENROL);
        if (account.isEmpty() || pending.recoveryCodes() == null) {
            signIn.refuse("LOGIN_EXPIRED");
            return;
        }
        signIn.finish(account.get());
    }

    public boolean isEnrolled() {
        return pending.recoveryCodes() != null;
    }

    public List<String> getRecoveryCodes() {
        return pending.recoveryCodes() == null ? List.of() : pending.recoveryCodes();
    }

    /** The QR code of the secret's address, as an image the page shows inline. */
    public String getQrCode() {
        return pending.uri() == null ? "" : QrCodeImage.dataUri(pending.uri());
    }

    public String getSecret() {
        return pending.secret() == null ? "" : Totp.grouped(pending.secret());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
