package id.go.merangin.sapo.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class SimultaneousAttemptTest {

    private static PersistenceException violating(String constraint) {
        return new ConstraintViolationException(
                "could not execute batch", new SQLException("duplicate key", "23505"), constraint);
    }

    @Test
    void recognisesASecondAcceptedEventOfTheDay() {
        assertThat(SimultaneousAttempt.of(violating("attendance_event_one_accepted_per_day")))
                .hasValueSatisfying(attempt -> assertThat(attempt.code()).isEqualTo(ProblemCode.SIMULTANEOUS_ATTEMPT));
    }

    @Test
    void recognisesASecondAttemptWithTheSameIdempotencyKeyWrappedInAnother() {
        PersistenceException wrapped =
                new PersistenceException("flush failed", violating("attendance_event_idempotency"));

        assertThat(SimultaneousAttempt.of(wrapped)).isPresent();
    }

    @Test
    void leavesOtherConstraintsAndFailuresAlone() {
        assertThat(SimultaneousAttempt.of(violating("attendance_event_reason"))).isEmpty();
        assertThat(SimultaneousAttempt.of(violating(null))).isEmpty();
        assertThat(SimultaneousAttempt.of(new PersistenceException("connection lost")))
                .isEmpty();
    }
}
