package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.shared.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records an ASN's check-in, break or check-out ({@link CheckInRecorder} has the rules). Two requests of the same
 * ASN may arrive together: a double tap, or a phone's retry while the first is still running. They are not made to
 * wait for each other; the one that writes second is rolled back by the database's unique indexes and is then
 * tried once more, when it finds what the first one wrote and answers with it (the same event for the same
 * Idempotency-Key or the same type on the same day). So every request gets the answer it would have had in turn,
 * and the morning rush pays for no lock. It holds no transaction of its own (each try is one, in the recorder), so
 * it is a plain bean rather than an EJB.
 */
@ApplicationScoped
public class CheckInService {

    @Inject
    CheckInRecorder recorder;

    public CheckInOutcome record(AuthenticatedAsn asn, CheckInAttempt attempt, String idempotencyKey) {
        String key = IdempotencyKey.required(idempotencyKey);
        try {
            return recorder.record(asn, attempt, key);
        } catch (SimultaneousAttempt first) {
            return recorder.record(asn, attempt, key);
        }
    }
}
