package id.go.merangin.sapo.files;

import id.go.merangin.sapo.platform.NightlyJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Purges the bytes of attendance selfies older than the retention ({@code SAPO_PHOTO_RETENTION_DAYS}, 400 days by
 * default: the month's close and any appeal are long over), every night at 02:15 WIB. The record of each
 * photo (hash, size, time) stays with its event. On a cluster it runs on one server a night ({@link NightlyJobs}).
 */
@Singleton
public class PhotoRetention {

    private static final Logger LOG = Logger.getLogger(PhotoRetention.class);

    @Inject
    StoredFileRepository files;

    @Inject
    Clock clock;

    @Inject
    NightlyJobs jobs;

    @Inject
    @ConfigProperty(name = "sapo.photo.retention-days", defaultValue = "400")
    int retentionDays;

    @Schedule(hour = "2", minute = "15", timezone = "Asia/Jakarta", info = "photo retention")
    void nightly() {
        jobs.runOnce(
                        "photo-retention",
                        night -> purgeTakenBefore(clock.instant().minus(Duration.ofDays(retentionDays))))
                .ifPresent(purged -> LOG.infof(
                        "Photo retention: purged %d attendance photo(s) older than %d days", purged, retentionDays));
    }

    /** Purges the attendance photos taken before {@code cutoff}; answers how many. */
    public int purgeTakenBefore(Instant cutoff) {
        return files.purgeAttendancePhotos(cutoff, clock.instant());
    }
}
