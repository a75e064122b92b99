package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Confirming that an account's email is its owner's: a six-digit code is mailed to it (after registration, or when
 * asked), and typing it back confirms that address. Only a confirmed email recovers a password. The code lasts 24
 * hours, is used once, and is spent by five wrong tries.
 */
@Stateless
public class EmailVerification {

    @Inject
    AccountRepository accounts;

    @Inject
    MailedCodes codes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Mails a new code to the account's email, unless it is confirmed already (409) or there is none (404). */
    public void send(long accountId) {
        Account account = account(accountId);
        String email = account.email()
                .orElseThrow(() -> new NotFoundException(ProblemCode.NO_EMAIL, "the account has no email to confirm"));
        if (account.isEmailVerified()) {
            throw new ConflictException(ProblemCode.EMAIL_VERIFIED_ALREADY, "the email is confirmed already");
        }
        if (codes.admit(AccountCode.Purpose.EMAIL_VERIFICATION, Optional.of(account))) {
            codes.issueAndMail(account, AccountCode.Purpose.EMAIL_VERIFICATION, email);
        }
    }

    /** Confirms the email the code was sent to; a wrong code counts towards spending it. */
    public void verify(long accountId, String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            throw new InvalidInputException(ProblemCode.INVALID_CODE, "give the code from the mail");
        }
        Instant now = clock.instant();
        Account account = account(accountId);
        if (account.isEmailVerified()) {
            throw new ConflictException(ProblemCode.EMAIL_VERIFIED_ALREADY, "the email is confirmed already");
        }
        AccountCode live = accounts.liveCode(account, AccountCode.Purpose.EMAIL_VERIFICATION)
                .filter(found -> found.isUsableAt(now)
                        && found.email().equalsIgnoreCase(account.email().orElse("")))
                .orElseThrow(AccountCode::invalid);
        if (!live.matches(code)) {
            live.recordWrongTry(now);
            throw AccountCode.invalid();
        }
        live.end(now);
        account.confirmEmail(live.email(), now);
        audit.recordAs(
                account.username(), "EMAIL_VERIFIED", "Account", account.id(), AuditDetail.of("email", live.email()));
    }

    private Account account(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no account " + accountId));
    }
}
