package id.go.merangin.sapo.shared;

import java.util.Map;

/**
 * Too many requests of one kind from one place or for one account in a while (mailed codes): refused until
 * {@code retryAfterS} seconds have passed, whoever the request was about.
 */
public class TooManyRequestsException extends SapoException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(ProblemCode code, String message, long retryAfterSeconds) {
        super(ofStatus(code, 429), message, Map.of("retryAfterS", retryAfterSeconds));
    }

    public long retryAfterSeconds() {
        return ((Number) details().get("retryAfterS")).longValue();
    }
}
