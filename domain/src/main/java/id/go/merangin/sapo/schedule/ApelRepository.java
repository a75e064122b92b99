package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where apels and upacara are kept. An apel is held for one OPD (and its sub-units) or, without an OPD, for every
 * OPD; the lists answer both kinds, with their location and OPD, by date and opening time.
 */
public interface ApelRepository {

    Apel store(Apel apel);

    /** The apels from {@code from} to {@code until} held for any of {@code opdIds} or for every OPD. */
    List<Apel> between(Collection<Long> opdIds, LocalDate from, LocalDate until);

    /** The first {@code max} apels from {@code from} on held for any of {@code opdIds} or for every OPD. */
    List<Apel> from(Collection<Long> opdIds, LocalDate from, int max);
}
