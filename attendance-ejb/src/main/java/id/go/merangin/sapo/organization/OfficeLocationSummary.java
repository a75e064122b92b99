package id.go.merangin.sapo.organization;

import java.time.LocalDate;

/** What the boundaries see of an office location. {@code radiusM} is null for a polygon. */
public record OfficeLocationSummary(
        long id, String opdCode, String name, Double radiusM, LocalDate validFrom, LocalDate validUntil) {

    static OfficeLocationSummary of(OfficeLocation location) {
        return new OfficeLocationSummary(
                location.id(),
                location.opd().code(),
                location.name(),
                location.radiusM().orElse(null),
                location.validFrom().orElse(null),
                location.validUntil().orElse(null));
    }
}
