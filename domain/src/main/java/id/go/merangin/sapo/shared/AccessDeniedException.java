package id.go.merangin.sapo.shared;

import java.util.Map;

/** The caller is known but may not do this: another OPD's data, a phone that is not the bound one, a locked account. */
public class AccessDeniedException extends SapoException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(ProblemCode code, String message) {
        super(ofStatus(code, 403), message);
    }

    public AccessDeniedException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 403), message, details);
    }
}
