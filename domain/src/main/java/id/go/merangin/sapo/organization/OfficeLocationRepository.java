package id.go.merangin.sapo.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where office locations are kept. Whether a position lies inside one is not asked of the database: the one geofence
 * rule ({@code GeofenceDecision}) decides it over the locations {@link #usableBy} gives.
 */
public interface OfficeLocationRepository {

    Optional<OfficeLocation> find(long id);

    OfficeLocation store(OfficeLocation location);

    /** The locations of {@code opd} usable on {@code date} (active, and inside their validity dates). */
    List<OfficeLocation> usableBy(Opd opd, LocalDate date);

    /** Every location of the OPD, active or not, dated or not, in the order they were made. */
    List<OfficeLocation> allOf(Opd opd);
}
