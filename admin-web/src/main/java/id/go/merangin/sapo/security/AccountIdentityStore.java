package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerIdentity;
import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.employee.Role;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Logs an officer in to the admin screens once SAPO's login steps let them through: the only credential it takes is
 * a {@link LoginTickets} ticket, which {@link LoginView} and the second factor's pages get after the password (and
 * the code, where one is needed) were right. A username and password alone never log anyone in here, so no other
 * path skips the second factor. The account's roles become the caller's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginTickets tickets;

    @Inject
    OfficerLogin login;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TicketCredential presented)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Long> account = tickets.redeem(presented.ticket());
        if (account.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try {
            OfficerIdentity officer = login.identity(account.get());
            attempt.loggedIn(officer);
            return new CredentialValidationResult(
                    officer.username(), officer.roles().stream().map(Role::name).collect(Collectors.toSet()));
        } catch (SapoException refused) {
            attempt.refusedWith(refused.code().name());
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
