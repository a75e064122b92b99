package id.go.merangin.sapo.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Which server ran each nightly job on which night, so that a job runs once a night for the whole cluster. */
public interface NightlyRunRepository {

    /**
     * Claims {@code night} of {@code job} for {@code server}, committed at once (in a transaction of its own) so that
     * every other server sees it: true for the first claim of the night, false when a server claimed it before.
     */
    boolean claim(String job, LocalDate night, String server, Instant at);

    /** Notes that the run of {@code night} of {@code job} finished (committed at once). */
    void finished(String job, LocalDate night, Instant at);

    /** The server that claimed {@code night} of {@code job}, if any claimed it. */
    Optional<String> claimedBy(String job, LocalDate night);
}
