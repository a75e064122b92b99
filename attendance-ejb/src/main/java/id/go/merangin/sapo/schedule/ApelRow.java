package id.go.merangin.sapo.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** An apel as the officers' list shows it; {@code opdName} is {@code null} for one of every OPD. */
public record ApelRow(
        long id,
        String name,
        LocalDate date,
        LocalTime opens,
        LocalTime closes,
        String opdName,
        String locationName,
        boolean compulsory) {

    static ApelRow of(Apel apel) {
        return new ApelRow(
                apel.id(),
                apel.name(),
                apel.date(),
                apel.opens(),
                apel.closes(),
                apel.opd().map(opd -> opd.name()).orElse(null),
                apel.location().name(),
                apel.compulsory());
    }
}
