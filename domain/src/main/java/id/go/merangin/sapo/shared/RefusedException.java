package id.go.merangin.sapo.shared;

import java.util.Map;

/**
 * A well-formed request that the rules refuse (outside the fence, outside the window, a holiday, ...). For an
 * attendance attempt the refusal itself is kept, and {@code attemptId} names it so that the ASN can report it.
 */
public class RefusedException extends SapoException {

    private static final long serialVersionUID = 1L;

    public RefusedException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 422), message, details);
    }
}
