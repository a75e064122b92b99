package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.platform.RequestOrigin;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issuing mailed codes within their limits: per client address, {@code sapo.codes.per-client-per-hour} requests of
 * one purpose an hour (20 by default: many phones share one address behind a mobile operator's NAT), whoever they
 * name (refused with 429, the same for every account and none); per account,
 * {@code sapo.codes.per-account-per-hour} codes an hour (further requests are answered as usual and send nothing,
 * so the answer does not tell that the account exists). Every request is counted, for a known account or not.
 */
@ApplicationScoped
public class MailedCodes {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    AccountRepository accounts;

    @Inject
    AccountMails mails;

    @Inject
    Instance<RequestOrigin> origin;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sapo.codes.per-client-per-hour", defaultValue = "20")
    int perClient;

    @Inject
    @ConfigProperty(name = "sapo.codes.per-account-per-hour", defaultValue = "3")
    int perAccount;

    /**
     * Counts a request for a code of {@code purpose} for {@code account} (empty: nobody matched), refusing it when the
     * client asked too often; answers whether a code may be sent to the account.
     */
    public boolean admit(AccountCode.Purpose purpose, Optional<Account> account) {
        Instant now = clock.instant();
        String client = clientAddress();
        if (accounts.codeRequestsFrom(client, purpose, now.minus(WINDOW)) >= perClient) {
            throw new TooManyRequestsException(
                    ProblemCode.TOO_MANY_CODE_REQUESTS,
                    "too many code requests from this address in the last hour",
                    WINDOW.toSeconds());
        }
        boolean withinAccountLimit = account.map(
                        found -> accounts.codeRequestsFor(found, purpose, now.minus(WINDOW)) < perAccount)
                .orElse(false);
        accounts.store(new CodeRequest(purpose, client, account.orElse(null), now));
        return withinAccountLimit;
    }

    /** Issues a code of {@code purpose} for {@code email}, ending the account's live one, and mails it. */
    public void issueAndMail(Account account, AccountCode.Purpose purpose, String email) {
        AccountCode.Issued issued = AccountCode.issue(account, purpose, email, clock.instant());
        accounts.replaceCode(issued.kept());
        mails.code(account, issued);
    }

    private String clientAddress() {
        try {
            return origin.get().address().orElse("unknown");
        } catch (ContextNotActiveException e) {
            return "unknown";
        }
    }
}
