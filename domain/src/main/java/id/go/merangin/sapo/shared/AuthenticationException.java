package id.go.merangin.sapo.shared;

import java.util.Map;

/** The caller is not who they claim: wrong password, an unknown, expired or revoked token. */
public class AuthenticationException extends SapoException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(ProblemCode code, String message) {
        super(ofStatus(code, 401), message);
    }

    public AuthenticationException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 401), message, details);
    }
}
