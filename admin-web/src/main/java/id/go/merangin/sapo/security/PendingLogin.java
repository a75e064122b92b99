package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerLogin;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A login between its steps, in the browser's session before anyone is logged in: the account whose password was
 * right and what it needs next (the second factor's code, or enrolling one: the secret shown, then the recovery
 * codes shown once). It lasts {@link #LIFETIME}; after that the officer starts again with the password.
 */
@SessionScoped
public class PendingLogin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private Long accountId;
    private OfficerLogin.Next next;
    private Instant expires;
    private String secret;
    private String uri;
    private List<String> recoveryCodes;

    void start(long account, OfficerLogin.Next step) {
        clear();
        this.accountId = account;
        this.next = step;
        this.expires = Instant.now().plus(LIFETIME);
    }

    /** The account waiting at {@code step}, if the login is at that step and not too old. */
    Optional<Long> waitingAt(OfficerLogin.Next step) {
        if (accountId == null
                || next != step
                || expires == null
                || Instant.now().isAfter(expires)) {
            return Optional.empty();
        }
        return Optional.of(accountId);
    }

    void offer(OfficerLogin.Enrolment enrolment) {
        this.secret = enrolment.secret();
        this.uri = enrolment.uri();
    }

    String secret() {
        return secret;
    }

    String uri() {
        return uri;
    }

    /** Enrolled: the recovery codes wait to be shown once, then the login goes on. */
    void enrolled(List<String> codes) {
        this.recoveryCodes = List.copyOf(codes);
        this.secret = null;
        this.uri = null;
    }

    List<String> recoveryCodes() {
        return recoveryCodes;
    }

    void clear() {
        accountId = null;
        next = null;
        expires = null;
        secret = null;
        uri = null;
        recoveryCodes = null;
    }
}
