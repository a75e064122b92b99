package id.go.merangin.sapo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * {@link OfficeLocationRepository} on JPA and Hibernate Spatial: distances are PostGIS {@code geography}
 * distances, in metres on the WGS 84 spheroid, answered from the GiST indexes on {@code centre} and {@code area}.
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
    public List<OfficeLocation> containing(Opd opd, Coordinates position, double slackM, LocalDate date) {
        return em.createQuery("select l from OfficeLocation l where" + USABLE
                        + " and ((l.centre is not null and function('st_dwithin', l.centre, :p, l.radiusM + :slack) = true)"
                        + "  or (l.area is not null and function('st_dwithin', l.area, :p, :slack) = true))"
                        + " order by l.id", OfficeLocation.class)
                .setParameter("opd", opd)
                .setParameter("date", date)
                .setParameter("p", OfficeLocation.toPoint(position))
                .setParameter("slack", slackM)
                .getResultList();
    }

    @Override
    public List<OfficeLocation> allOf(Opd opd) {
        return em.createQuery("select l from OfficeLocation l where l.opd = :opd order by l.id", OfficeLocation.class)
                .setParameter("opd", opd)
                .getResultList();
    }
}
