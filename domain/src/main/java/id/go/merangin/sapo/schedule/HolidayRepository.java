package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The holiday calendar. */
public interface HolidayRepository {

    Optional<Holiday> on(LocalDate date);

    List<Holiday> between(LocalDate from, LocalDate until);

    Holiday store(Holiday holiday);
}
