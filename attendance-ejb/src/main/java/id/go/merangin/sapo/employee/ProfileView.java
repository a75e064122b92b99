package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.attendance.DayView;
import java.util.List;

/** What the app shows of the ASN: who they are, their OPD, today, and the office locations to draw on a map. */
public record ProfileView(String nip, String name, String position, String rank, String email, String status,
        OpdView opd, DayView today, List<LocationView> locations) {

    public record OpdView(long id, String code, String name, String zone) {
    }

    /** A circle ({@code latitude}, {@code longitude}, {@code radiusM}) or a polygon of {@code [lat, lon]} pairs. */
    public record LocationView(long id, String name, Double latitude, Double longitude, Double radiusM,
            List<double[]> polygon, String validFrom, String validUntil) {
    }
}
