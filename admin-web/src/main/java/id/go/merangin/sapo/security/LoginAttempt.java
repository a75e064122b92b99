package id.go.merangin.sapo.security;

import jakarta.enterprise.context.RequestScoped;

/** Why the identity store refused this request's login, so that the login page can say it. */
@RequestScoped
public class LoginAttempt {

    private String refusalCode;

    void refusedWith(String code) {
        this.refusalCode = code;
    }

    public String refusalCode() {
        return refusalCode;
    }
}
