package id.go.merangin.sapo.api;

import id.go.merangin.sapo.employee.AccountService;
import id.go.merangin.sapo.shared.AuthenticationException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the bearer token of every {@link Authenticated} request against the accounts, so that a lock or a phone
 * reset by the admin takes effect on the very next request. While the account's password waits to be changed, only
 * the requests marked {@link WhilePasswordMustChange} get through.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AccountService accounts;

    @Inject
    CurrentAsn current;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationException(ProblemCode.TOKEN_INVALID, "no bearer token");
        }
        boolean whilePasswordMustChange = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(WhilePasswordMustChange.class);
        current.set(accounts.authenticate(header.substring(BEARER.length()).strip(), whilePasswordMustChange));
    }
}
