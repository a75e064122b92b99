package id.go.merangin.sapo.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where office locations are kept, with the spatial questions the database answers about them. */
public interface OfficeLocationRepository {

    Optional<OfficeLocation> find(long id);

    OfficeLocation store(OfficeLocation location);

    /** The locations of {@code opd} usable on {@code date} (active, and inside their validity dates). */
    List<OfficeLocation> usableBy(Opd opd, LocalDate date);

    /**
     * The locations of {@code opd} usable on {@code date} whose area lies within {@code slackM} metres of
     * {@code position}: the circle widened by {@code slackM}, or the polygon with a band of {@code slackM} around it,
     * measured on the spheroid by PostGIS.
     */
    List<OfficeLocation> containing(Opd opd, Coordinates position, double slackM, LocalDate date);

    /** Every location of the OPD, active or not, dated or not, in the order they were made. */
    List<OfficeLocation> allOf(Opd opd);
}
