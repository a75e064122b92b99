package id.go.merangin.sapo.files;

import java.time.Instant;
import java.util.Optional;

/** Where private files are kept. */
public interface StoredFileRepository {

    StoredFile store(StoredFile file);

    Optional<StoredFile> find(long id);

    /**
     * Forgets the bytes of the attendance photos taken before {@code takenBefore} and not purged yet, marking them
     * purged at {@code now}; their record stays. Answers how many.
     */
    int purgeAttendancePhotos(Instant takenBefore, Instant now);
}
