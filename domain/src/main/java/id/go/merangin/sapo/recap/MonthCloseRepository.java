package id.go.merangin.sapo.recap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The close of each month: which OPD's recap its admin verified, and which months BKPSDMD locked, with the rule set
 * version each was locked with. A locked month's days never change.
 */
public interface MonthCloseRepository {

    /** The locked months that hold a day from {@code from} to {@code until}. */
    Set<YearMonth> lockedBetween(LocalDate from, LocalDate until);

    default boolean isLocked(YearMonth month) {
        return !lockedBetween(month.atDay(1), month.atDay(1)).isEmpty();
    }

    /** The version of the rule set {@code month} was locked with; empty when it is not locked. */
    Optional<String> rulesVersionOf(YearMonth month);

    /** Locks {@code month} for the whole regency; the caller makes sure it is not locked already. */
    void lock(YearMonth month, String lockedBy, Instant at, String rulesVersion);

    /** Opens {@code month} again; false when it was not locked. */
    boolean unlock(YearMonth month);

    /** Notes that {@code verifiedBy} verified the OPD's recap of {@code month} (again, if it was before). */
    void verify(long opdId, YearMonth month, String verifiedBy, Instant at);

    /** The OPDs among {@code opdIds} whose recap of {@code month} is verified, with who verified it. */
    Map<Long, String> verifiedOpds(YearMonth month, Collection<Long> opdIds);
}
