package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.mail.Mail;
import id.go.merangin.sapo.mail.MailKind;
import id.go.merangin.sapo.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails SAPO writes to an account's owner, in the account's language: a mailed code with where to type it (the
 * phone app for an ASN, the admin screens' page for an officer), a password changed, a reset refused. They leave
 * only when the transaction that wrote them commits ({@link Outbox}).
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "sapo.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /** Mails {@code issued}'s code to the address it was issued for. */
    public void code(Account account, AccountCode.Issued issued) {
        AccountCode kept = issued.kept();
        MailKind kind = kept.purpose() == AccountCode.Purpose.PASSWORD_RESET
                ? MailKind.PASSWORD_RESET_CODE
                : MailKind.EMAIL_VERIFICATION_CODE;
        outbox.send(new Mail(
                kept.email(),
                account.language(),
                kind,
                Map.of(
                        "name", account.displayName(),
                        "code", issued.code(),
                        "minutes", Long.toString(kept.purpose().validFor().toMinutes()),
                        "url", whereToType(account, kept.purpose()))));
    }

    /** Tells the owner that the password was changed, so that a change they did not make does not go unnoticed. */
    public void passwordChanged(Account account) {
        account.verifiedEmail()
                .ifPresent(email -> outbox.send(new Mail(
                        email, account.language(), MailKind.PASSWORD_CHANGED, Map.of("name", account.displayName()))));
    }

    /** Tells the owner of an account locked by its admin that a reset was asked for and not granted. */
    public void resetRefused(Account account) {
        account.verifiedEmail()
                .ifPresent(email -> outbox.send(new Mail(
                        email,
                        account.language(),
                        MailKind.RESET_REFUSED_LOCKED,
                        Map.of("name", account.displayName()))));
    }

    private String whereToType(Account account, AccountCode.Purpose purpose) {
        if (account.isOfficer()) {
            return publicUrl
                    + (purpose == AccountCode.Purpose.PASSWORD_RESET ? "/admin/forgot.xhtml" : "/admin/account.xhtml");
        }
        return publicUrl + (purpose == AccountCode.Purpose.PASSWORD_RESET ? "/app/#/lupa-sandi" : "/app/#/profil");
    }
}
