package id.go.merangin.sapo.shared;

import java.util.Map;
import java.util.Objects;

/**
 * The root of SAPO's business exceptions. Each carries a {@link ProblemCode} from the catalogue, which clients (the
 * phone app, the admin screens) code against and which alone decides the answer's status (never the subclass),
 * and named details that the boundaries turn into the fields of an answer. The human message is looked up by code
 * in the boundary's resource bundle, in the user's language; the exception's own message is English and meant for
 * logs.
 */
public class SapoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;
    private final transient Map<String, Object> details;

    public SapoException(ProblemCode code, String message) {
        this(code, message, Map.of());
    }

    public SapoException(ProblemCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.details = Map.copyOf(details);
    }

    /**
     * {@code code}, if its status is one of {@code statuses}: a subclass names a kind of problem (not found, a
     * conflict, ...), and only codes of that kind's statuses may be thrown as it, so the class never contradicts the
     * status the code gives the answer.
     */
    static ProblemCode ofStatus(ProblemCode code, int... statuses) {
        Objects.requireNonNull(code, "code");
        for (int status : statuses) {
            if (code.status() == status) {
                return code;
            }
        }
        throw new IllegalArgumentException(code + " answers " + code.status() + ", not a status of this exception");
    }

    /** The stable machine-readable code, e.g. {@code INVALID_NIP} or {@code OUTSIDE_GEOFENCE}, with its status. */
    public ProblemCode code() {
        return code;
    }

    /** Named values that explain the refusal (distance, radius, window, ...), for the answer's fields. */
    public Map<String, Object> details() {
        return details;
    }
}
