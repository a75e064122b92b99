package id.go.merangin.sapo.recap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link MonthCloseRepository} on the tables {@code month_lock} and {@code month_verification}. */
@ApplicationScoped
public class JpaMonthCloseRepository implements MonthCloseRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * The SQL condition that the date {@code workDate} (a column or expression) lies in a month that is not locked,
     * for statements that must leave the days of locked months as they were locked.
     */
    static String inOpenMonth(String workDate) {
        return " not exists (select 1 from month_lock l where l.month = date_trunc('month', " + workDate + "))";
    }

    @Override
    public Set<YearMonth> lockedBetween(LocalDate from, LocalDate until) {
        Stream<?> months = em.createNativeQuery(
                        "select to_char(month, 'YYYY-MM') from month_lock where month between ?1 and ?2")
                .setParameter(1, YearMonth.from(from).atDay(1))
                .setParameter(2, until)
                .getResultStream();
        return months.map(month -> YearMonth.parse((String) month)).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> rulesVersionOf(YearMonth month) {
        return em.createNativeQuery("select rules_version from month_lock where month = ?1", String.class)
                .setParameter(1, month.atDay(1))
                .getResultStream()
                .map(String.class::cast)
                .findFirst();
    }

    @Override
    public void lock(YearMonth month, String lockedBy, Instant at, String rulesVersion) {
        em.createNativeQuery("insert into month_lock (month, locked_by, locked_at, rules_version)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, month.atDay(1))
                .setParameter(2, lockedBy)
                .setParameter(3, at)
                .setParameter(4, rulesVersion)
                .executeUpdate();
    }

    @Override
    public boolean unlock(YearMonth month) {
        return em.createNativeQuery("delete from month_lock where month = ?1")
                        .setParameter(1, month.atDay(1))
                        .executeUpdate()
                > 0;
    }

    @Override
    public void verify(long opdId, YearMonth month, String verifiedBy, Instant at) {
        em.createNativeQuery("insert into month_verification (opd_id, month, verified_by, verified_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (opd_id, month) do update"
                        + " set verified_by = excluded.verified_by, verified_at = excluded.verified_at")
                .setParameter(1, opdId)
                .setParameter(2, month.atDay(1))
                .setParameter(3, verifiedBy)
                .setParameter(4, at)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, String> verifiedOpds(YearMonth month, Collection<Long> opdIds) {
        if (opdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> verified = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                        "select opd_id, verified_by from month_verification where month = ?1 and opd_id in (?2)")
                .setParameter(1, month.atDay(1))
                .setParameter(2, opdIds)
                .getResultList()) {
            verified.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return verified;
    }
}
