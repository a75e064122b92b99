package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.AccountService;
import id.go.merangin.sapo.employee.OfficerIdentity;
import id.go.merangin.sapo.employee.Role;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks an officer's username and password against SAPO's accounts (PBKDF2 hashes, lockout after wrong passwords)
 * through {@link AccountService}; the account's roles become the caller's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            OfficerIdentity officer = accounts.authenticateOfficer(login.getCaller(),
                    login.getPassword().getValue());
            return new CredentialValidationResult(officer.username(),
                    officer.roles().stream().map(Role::name).collect(Collectors.toSet()));
        } catch (SapoException refused) {
            attempt.refusedWith(refused.code());
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
