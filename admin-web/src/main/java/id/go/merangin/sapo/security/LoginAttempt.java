package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.OfficerIdentity;
import jakarta.enterprise.context.RequestScoped;

/** What became of this request's login: who was logged in, or why the identity store refused. */
@RequestScoped
public class LoginAttempt {

    private String refusalCode;
    private OfficerIdentity officer;

    void refusedWith(String code) {
        this.refusalCode = code;
    }

    void loggedIn(OfficerIdentity identity) {
        this.officer = identity;
    }

    public String refusalCode() {
        return refusalCode;
    }

    OfficerIdentity officer() {
        return officer;
    }
}
