package id.go.merangin.sapo.shared;

import java.util.Map;

/** Something asked for by id does not exist, or is not the caller's to see (both answer the same, so ids cannot be probed). */
public class NotFoundException extends SapoException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ProblemCode code, String message) {
        super(ofStatus(code, 404), message);
    }

    public NotFoundException(ProblemCode code, String message, Map<String, Object> details) {
        super(ofStatus(code, 404), message, details);
    }
}
