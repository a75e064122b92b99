package id.go.merangin.sapo.recap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily codes of the days that are over, kept so that a month of many ASN is read, not worked out again. Only
 * closed days are kept (a day not over yet may still change), each with the version of the rules it was worked out
 * with; the days of a locked month are never forgotten.
 */
public interface DailyCodeRepository {

    /**
     * Keeps the closed days among {@code codes} (by employee id), replacing what was kept for those dates, each
     * naming the version {@code rulesVersion} gives for its month; returns the days kept.
     */
    int keep(Map<Long, List<DailyCode>> codes, Function<YearMonth, String> rulesVersion);

    /** The kept days of each of {@code employeeIds} from {@code from} to {@code until}, by employee id and date. */
    Map<Long, List<DailyCode>> load(Collection<Long> employeeIds, LocalDate from, LocalDate until);

    /**
     * Forgets the kept days from {@code from} to {@code until} of the ASN of the OPD {@code opdId} and its sub-units,
     * now or before a transfer (of every ASN when {@code null}), so that they are worked out again; the days of
     * locked months are kept. Returns the days forgotten.
     */
    int forget(Long opdId, LocalDate from, LocalDate until);

    /** Forgets the kept days of one ASN from {@code from} on, outside the locked months; returns the days forgotten. */
    int forgetFrom(long employeeId, LocalDate from);

    /**
     * The ids of the ASN employed on some day from {@code from} to {@code until} with fewer days kept in that range
     * than they worked in it (their employment clipped to the range).
     */
    List<Long> employeesMissingDays(LocalDate from, LocalDate until);
}
