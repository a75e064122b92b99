package id.go.merangin.sapo.api;

import id.go.merangin.sapo.employee.AuthenticatedAsn;
import jakarta.enterprise.context.RequestScoped;

/** The ASN the current request's bearer token belongs to, set by {@link BearerTokenFilter}. */
@RequestScoped
public class CurrentAsn {

    private AuthenticatedAsn asn;

    void set(AuthenticatedAsn authenticated) {
        this.asn = authenticated;
    }

    public AuthenticatedAsn get() {
        if (asn == null) {
            throw new IllegalStateException("no authenticated ASN on this request");
        }
        return asn;
    }
}
