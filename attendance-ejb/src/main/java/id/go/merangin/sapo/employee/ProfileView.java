package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.attendance.DayView;
import java.time.Instant;
import java.util.List;

/**
 * What the app shows of the ASN: who they are, their OPD, the phone the account is bound to, whether a registration
 * photo is there to show ({@code GET /me/photo}), today, the office locations to draw on a map, and the geofence's
 * accuracy rules, so that the app can tell the ASN before sending whether the GPS is good enough. The app asks to
 * confirm the email while {@code emailVerified} is false (only a confirmed email recovers a password), and to choose
 * a password first while {@code mustChangePassword} is true.
 */
public record ProfileView(
        String nip,
        String name,
        String position,
        String rank,
        String email,
        boolean emailVerified,
        boolean mustChangePassword,
        String status,
        OpdView opd,
        DeviceView device,
        boolean hasPhoto,
        DayView today,
        List<LocationView> locations,
        GeofenceView geofence) {

    /** A position is widened by its accuracy up to {@code accuracyCapM}; worse than {@code accuracyLimitM} is refused. */
    public record GeofenceView(double accuracyCapM, double accuracyLimitM) {}

    /** The bound phone: the id the app generated, the model it reported, and since when. */
    public record DeviceView(String deviceId, String model, Instant boundAt) {}

    public record OpdView(long id, String code, String name, String zone) {}

    /** A circle ({@code latitude}, {@code longitude}, {@code radiusM}) or a polygon of {@code [lat, lon]} pairs. */
    public record LocationView(
            long id,
            String name,
            Double latitude,
            Double longitude,
            Double radiusM,
            List<double[]> polygon,
            String validFrom,
            String validUntil) {}
}
