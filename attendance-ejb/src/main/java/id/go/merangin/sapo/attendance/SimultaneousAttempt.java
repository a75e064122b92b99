package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Another request of the same ASN wrote first what this one was about to write: the accepted event of that type
 * on that day, or an attempt with that Idempotency-Key. Rolls the transaction back (as every {@code SapoException})
 * so that {@link CheckInService} can try again and answer with what the other one wrote.
 */
public class SimultaneousAttempt extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** The unique indexes that make a second row of the same attempt impossible (V1, V2). */
    private static final Set<String> SAME_ATTEMPT =
            Set.of("attendance_event_one_accepted_per_day", "attendance_event_idempotency");

    private SimultaneousAttempt(PersistenceException cause) {
        super(ProblemCode.SIMULTANEOUS_ATTEMPT, "another request of the same ASN was recorded at the same moment");
        initCause(cause);
    }

    /** This exception, when {@code failure} is the database refusing a second row of the same attempt. */
    static Optional<SimultaneousAttempt> of(PersistenceException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && SAME_ATTEMPT.contains(violation.getConstraintName())) {
                return Optional.of(new SimultaneousAttempt(failure));
            }
        }
        return Optional.empty();
    }
}
