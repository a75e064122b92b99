package id.go.merangin.sapo.recap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which months BKPSDMD has locked, and with which deduction rules; see {@link MonthClose}, which locks and unlocks
 * them.
 */
@Stateless
public class MonthLocks {

    @PersistenceContext
    EntityManager em;

    public boolean isLocked(YearMonth month) {
        return !lockedBetween(month.atDay(1), month.atDay(1)).isEmpty();
    }

    /** The locked months that hold a day from {@code from} to {@code until}. */
    public Set<YearMonth> lockedBetween(LocalDate from, LocalDate until) {
        Stream<?> months = em.createNativeQuery(
                        "select to_char(month, 'YYYY-MM') from month_lock" + " where month between ?1 and ?2")
                .setParameter(1, YearMonth.from(from).atDay(1))
                .setParameter(2, until)
                .getResultStream();
        return months.map(month -> YearMonth.parse((String) month)).collect(Collectors.toSet());
    }

    /** The label of the deduction rules {@code month} was locked with; empty when it is not locked. */
    public Optional<String> rulesVersionOf(YearMonth month) {
        return em.createNativeQuery("select rules_version from month_lock where month = ?1", String.class)
                .setParameter(1, month.atDay(1))
                .getResultStream()
                .map(String.class::cast)
                .findFirst();
    }
}
