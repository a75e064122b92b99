package id.go.merangin.sapo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * {@link OfficeLocationRepository} on JPA and Hibernate Spatial: locations are kept as PostGIS {@code geography}
 * (a centre with a radius, or an area). Whether a position is inside is decided by the one geofence rule, in Java
 * ({@code GeofenceDecision} over each location's {@code Fence}), never by a second path in SQL.
 */
@ApplicationScoped
public class JpaOfficeLocationRepository implements OfficeLocationRepository {

    private static final String USABLE = " l.opd = :opd and l.active = true"
            + " and (l.validFrom is null or l.validFrom <= :date)"
            + " and (l.validUntil is null or l.validUntil >= :date)";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OfficeLocation> find(long id) {
        return Optional.ofNullable(em.find(OfficeLocation.class, id));
    }

    @Override
    public OfficeLocation store(OfficeLocation location) {
        if (location.id() == null) {
            em.persist(location);
            return location;
        }
        return em.merge(location);
    }

    /** The OPD's locations in force on {@code date}, from Hibernate's query cache until a location changes. */
    @Override
    public List<OfficeLocation> usableBy(Opd opd, LocalDate date) {
        return em.createQuery("select l from OfficeLocation l where" + USABLE + " order by l.id", OfficeLocation.class)
                .setParameter("opd", opd)
                .setParameter("date", date)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    @Override
    public List<OfficeLocation> allOf(Opd opd) {
        return em.createQuery("select l from OfficeLocation l where l.opd = :opd order by l.id", OfficeLocation.class)
                .setParameter("opd", opd)
                .getResultList();
    }
}
