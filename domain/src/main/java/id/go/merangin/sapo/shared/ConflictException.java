package id.go.merangin.sapo.shared;

import java.util.Map;

/** The request clashes with what exists: a NIP registered twice, an email in use, a request decided already. */
public class ConflictException extends SapoException {

    private static final long serialVersionUID = 1L;

    public ConflictException(ProblemCode code, String message) {
        super(ofStatus(code, 409), message);
    }

    public ConflictException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 409), message, details);
    }
}
