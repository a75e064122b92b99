package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as an {@link Officer}: read from SAPO's own account of the caller's principal (the admin screens'
 * login reaches the EJBs), never from what a screen claims. Every officer-facing service asks here before it reads
 * or changes anything, so hiding a menu entry is never the only protection. The {@link Officer} holds the officer's
 * OPD as an entity, so it is used within the caller's transaction (every caller here has one).
 */
@Stateless
public class OfficerScope {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    OpdRepository opds;

    /** The calling officer; anyone else (an anonymous caller, an ASN, a locked account) is refused. */
    public Officer current() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? "anonymous" : principal.getName();
        Account account = accounts.findByUsername(name)
                .filter(found -> found.status() == AccountStatus.ACTIVE)
                .orElseThrow(() ->
                        new AccessDeniedException(ProblemCode.NOT_AN_OFFICER, name + " is not an active officer"));
        return Officer.of(account.username(), account.roles(), account.opd());
    }

    /** The ids of every OPD the officer may see: all of them for BKPSDMD, else its own OPD and its sub-units. */
    public Set<Long> visibleOpdIds(Officer officer) {
        return opds.findAll().stream().filter(officer::canSee).map(Opd::id).collect(Collectors.toSet());
    }
}
