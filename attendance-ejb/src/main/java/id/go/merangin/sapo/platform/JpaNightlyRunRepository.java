package id.go.merangin.sapo.platform;

import id.go.merangin.sapo.shared.NightlyRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@link NightlyRunRepository} on the table {@code nightly_run}, whose key (job, night) admits one claim. */
@ApplicationScoped
public class JpaNightlyRunRepository implements NightlyRunRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate night, String server, Instant at) {
        return em.createNativeQuery("insert into nightly_run (job, night, server, started_at) values (?1, ?2, ?3, ?4)"
                                + " on conflict (job, night) do nothing")
                        .setParameter(1, job)
                        .setParameter(2, night)
                        .setParameter(3, server)
                        .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void finished(String job, LocalDate night, Instant at) {
        em.createNativeQuery("update nightly_run set finished_at = ?3 where job = ?1 and night = ?2")
                .setParameter(1, job)
                .setParameter(2, night)
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public Optional<String> claimedBy(String job, LocalDate night) {
        return em.createNativeQuery("select server from nightly_run where job = ?1 and night = ?2", String.class)
                .setParameter(1, job)
                .setParameter(2, night)
                .getResultStream()
                .findFirst()
                .map(String.class::cast);
    }
}
