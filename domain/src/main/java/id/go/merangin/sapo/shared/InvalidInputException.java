package id.go.merangin.sapo.shared;

import java.util.Map;

/** A value that breaks a business rule on its own (a malformed NIP, a latitude of 91): a client error. */
public class InvalidInputException extends SapoException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(ProblemCode code, String message) {
        super(ofStatus(code, 400, 413, 415, 422), message);
    }

    public InvalidInputException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 400, 413, 415, 422), message, details);
    }
}
