package id.go.merangin.sapo.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The apels held for the ASN of an OPD: those of the OPD or of a unit above it, and those of every OPD. A plain bean:
 * it only reads ({@link ApelRepository}), inside its caller's transaction.
 */
@ApplicationScoped
public class Apels {

    @Inject
    ApelRepository apels;

    /** The apels for an ASN of the OPD chain {@code opdChain} (the OPD, then its parents) on {@code date}. */
    public List<Apel> on(List<Long> opdChain, LocalDate date) {
        return between(opdChain, date, date);
    }

    /** The same from {@code from} to {@code until}, by date and opening time. */
    public List<Apel> between(List<Long> opdChain, LocalDate from, LocalDate until) {
        return apels.between(opdChain, from, until);
    }
}
