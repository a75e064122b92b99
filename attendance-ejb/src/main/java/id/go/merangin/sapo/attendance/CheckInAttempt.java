package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.organization.Coordinates;
import java.time.Instant;
import java.util.Objects;

/** What the phone reports when the ASN taps: the event, where it is and how sure, the claimed time, the selfie. */
public record CheckInAttempt(
        AttendanceEventType type,
        Coordinates position,
        double accuracyM,
        boolean mocked,
        Instant clientTime,
        byte[] photo,
        ClientApp client) {

    public CheckInAttempt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
    }
}
