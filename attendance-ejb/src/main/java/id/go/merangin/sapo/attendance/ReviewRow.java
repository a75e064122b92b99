package id.go.merangin.sapo.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One attendance event as an officer reviews it: whose, when, how late or early (with its tier), where against which
 * location, the selfie (by file id), and the integrity flags. A refused attempt carries its reason, the distance to
 * the nearest location and the reported accuracy. A selfie past its retention has no file id any more, only
 * {@code photoPurged}. {@code clientApp} is the program that sent it ({@code name/version},
 * null when it named none): a web page cannot detect a mock-location app, a dedicated app may.
 */
public record ReviewRow(
        long id,
        String nip,
        String name,
        String opdName,
        AttendanceEventType type,
        Decision decision,
        String reasonCode,
        Instant serverTime,
        LocalDate workDate,
        Integer lateMinutes,
        Integer earlyMinutes,
        String tier,
        Double distanceM,
        Double accuracyM,
        String locationName,
        Double latitude,
        Double longitude,
        Long photoId,
        boolean photoPurged,
        boolean mocked,
        boolean timeSkew,
        boolean impossibleTravel,
        boolean photoReused,
        boolean manual,
        String clientApp) {

    /** Whether anything about the event asks for a closer look. */
    public boolean flagged() {
        return mocked || timeSkew || impossibleTravel || photoReused;
    }

    public boolean accepted() {
        return decision == Decision.ACCEPTED;
    }
}
