package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;

/** What the calling officer chose for their own screens (the language), kept with their account. */
@Stateless
public class OfficerPreferences {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    /** The calling officer's language. */
    public Language language() {
        return caller().language();
    }

    /** Keeps the calling officer's language for every later login, on any browser. */
    public void speak(Language language) {
        caller().speak(language);
    }

    private Account caller() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? "anonymous" : principal.getName();
        return accounts.findByUsername(name)
                .filter(account ->
                        !account.roles().contains(Role.ASN) || account.roles().size() > 1)
                .orElseThrow(() -> new AccessDeniedException(ProblemCode.NOT_AN_OFFICER, name + " is not an officer"));
    }
}
