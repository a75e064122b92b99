package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A forgotten password, for ASN (the phone) and officers (the login page): a code mailed to the account's confirmed
 * email sets a new password without the old one. Asking answers the same whether the account exists or not (the mail
 * leaves after the answer, on another thread); the code is valid for 30 minutes, used once, kept as a hash, and
 * spent by five wrong tries. Setting the new password ends every session and token of the account, but an ASN's
 * phone stays bound. An account locked by its admin is not recovered this way: the admin unlocks it.
 */
@Stateless
public class PasswordRecovery {

    private static final int MAX_LOGIN_LENGTH = 254;

    @Inject
    AccountRepository accounts;

    @Inject
    MailedCodes codes;

    @Inject
    AccountMails mails;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Asks for a reset code for the account with this login (an email, a NIP, an officer's username). Nothing tells
     * the caller whether such an account exists; too many requests from one address are refused (429).
     */
    public void request(String login) {
        Optional<Account> account = accountOf(checkedLogin(login));
        if (!codes.admit(AccountCode.Purpose.PASSWORD_RESET, account)) {
            return;
        }
        Account found = account.get();
        Optional<String> email = found.verifiedEmail();
        if (email.isEmpty()) {
            return;
        }
        if (found.status() == AccountStatus.LOCKED || found.status() == AccountStatus.DISABLED) {
            mails.resetRefused(found);
            return;
        }
        codes.issueAndMail(found, AccountCode.Purpose.PASSWORD_RESET, email.get());
        audit.recordAs(found.username(), "PASSWORD_RESET_REQUESTED", "Account", found.id(), null);
    }

    /**
     * Sets a new password with the mailed code. A wrong, used, replaced or expired code is refused alike (a wrong one
     * counts towards spending the code); a weak password is refused without spending the code.
     */
    public void reset(String login, String code, char[] newPassword) {
        Instant now = clock.instant();
        Account account = accountOf(checkedLogin(login)).orElseThrow(AccountCode::invalid);
        AccountCode live = accounts.liveCode(account, AccountCode.Purpose.PASSWORD_RESET)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(AccountCode::invalid);
        if (!live.matches(code)) {
            live.recordWrongTry(now);
            throw AccountCode.invalid();
        }
        if (account.status() == AccountStatus.LOCKED || account.status() == AccountStatus.DISABLED) {
            throw new AccessDeniedException(ProblemCode.ACCOUNT_LOCKED, "the account is locked by its admin");
        }
        if (!account.verifiedEmail().map(live.email()::equalsIgnoreCase).orElse(false)) {
            // the email changed since the code was sent: the code proves nothing about the account's address now
            throw AccountCode.invalid();
        }
        PasswordPolicy.check(account, newPassword);
        live.end(now);
        account.recoverPassword(passwords.hash(newPassword));
        int revoked = accounts.revokeTokensOf(account, now);
        audit.recordAs(
                account.username(),
                "PASSWORD_RECOVERED",
                "Account",
                account.id(),
                AuditDetail.of("tokensRevoked", revoked));
        mails.passwordChanged(account);
    }

    private Optional<Account> accountOf(String login) {
        return accounts.idByLogin(login).flatMap(accounts::find);
    }

    private static String checkedLogin(String login) {
        if (login == null || login.isBlank() || login.strip().length() > MAX_LOGIN_LENGTH) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_LOGIN, "give an email, a NIP or a username of at most 254" + " characters");
        }
        String stripped = login.strip();
        return stripped.contains("@") ? Credentials.normalisedEmail(stripped) : stripped;
    }
}
