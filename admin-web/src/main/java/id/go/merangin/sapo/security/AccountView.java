package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerAccounts;
import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.employee.OwnAccount;
import id.go.merangin.sapo.employee.Totp;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.QrCodeImage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The officer's own account (page {@code account.xhtml}, Akun saya): changing the password (first of all when
 * someone else chose it), the email and its confirmation by a mailed code, and enrolling a second factor by choice.
 * Changing the password ends every other session of the account; this one goes on.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfficerAccounts officers;

    private OwnAccount own;
    private String currentPassword;
    private final NewPasswordFields newPassword = new NewPasswordFields();
    private String email;
    private String emailCode;
    private OfficerLogin.Enrolment enrolment;
    private String enrolmentCode;
    private List<String> recoveryCodes;

    @PostConstruct
    void init() {
        own = officers.own();
        email = own.email();
    }

    public void changePassword() throws IOException {
        if (!newPassword.confirmed()) {
            return;
        }
        boolean wasHanded = own.mustChangePassword();
        own = officers.changeOwnPassword(chars(currentPassword), newPassword.chars());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        OfficerSessionFilter.renew(((HttpServletRequest) external.getRequest()).getSession(), own.sessionGeneration());
        currentPassword = null;
        newPassword.clear();
        if (wasHanded) {
            external.getFlash().setKeepMessages(true);
            Messages.info("account.password.changed");
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            return;
        }
        Messages.info("account.password.changed");
    }

    public void changeEmail() {
        own = officers.changeOwnEmail(email);
        Messages.info("account.email.codeSent");
    }

    public void sendCode() {
        officers.sendOwnVerification();
        Messages.info("account.email.codeSent");
    }

    public void verifyEmail() {
        own = officers.verifyOwnEmail(emailCode);
        emailCode = null;
        Messages.info("account.email.verified");
    }

    public void beginEnrolment() {
        enrolment = officers.beginOwnEnrolment();
    }

    public void enrol() {
        recoveryCodes = officers.enrolOwn(enrolment == null ? null : enrolment.secret(), enrolmentCode);
        enrolment = null;
        enrolmentCode = null;
        own = officers.own();
        Messages.info("account.secondFactor.enrolled");
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public OwnAccount getOwn() {
        return own;
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public String getQrCode() {
        return enrolment == null ? "" : QrCodeImage.dataUri(enrolment.uri());
    }

    public String getSecret() {
        return enrolment == null ? "" : Totp.grouped(enrolment.secret());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPasswordFields getNewPassword() {
        return newPassword;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailCode() {
        return emailCode;
    }

    public void setEmailCode(String emailCode) {
        this.emailCode = emailCode;
    }

    public String getEnrolmentCode() {
        return enrolmentCode;
    }

    public void setEnrolmentCode(String enrolmentCode) {
        this.enrolmentCode = enrolmentCode;
    }
}
