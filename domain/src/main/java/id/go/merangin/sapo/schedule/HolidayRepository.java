package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The holiday calendar. */
public interface HolidayRepository {

    /** The regency-wide holiday on {@code date}. */
    Optional<Holiday> on(LocalDate date);

    /** The holiday on {@code date} that applies to any of {@code opdIds} (its own or a parent's) or to all. */
    Optional<Holiday> applyingTo(Collection<Long> opdIds, LocalDate date);

    /** The holidays between two dates that apply to any of {@code opdIds} or to all. */
    List<Holiday> applyingBetween(Collection<Long> opdIds, LocalDate from, LocalDate until);

    List<Holiday> between(LocalDate from, LocalDate until);

    Holiday store(Holiday holiday);

    Optional<Holiday> find(long id);

    void remove(Holiday holiday);
}
