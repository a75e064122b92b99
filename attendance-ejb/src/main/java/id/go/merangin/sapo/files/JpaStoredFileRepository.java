package id.go.merangin.sapo.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** {@link StoredFileRepository} on JPA. */
@ApplicationScoped
public class JpaStoredFileRepository implements StoredFileRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public StoredFile store(StoredFile file) {
        em.persist(file);
        return file;
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    @Override
    public int purgeAttendancePhotos(Instant takenBefore, Instant now) {
        return em.createQuery("update StoredFile f set f.content = null, f.purgedAt = :now"
                        + " where f.purpose = id.go.merangin.sapo.files.FilePurpose.ATTENDANCE_PHOTO"
                        + " and f.createdAt < :cutoff and f.purgedAt is null")
                .setParameter("now", now)
                .setParameter("cutoff", takenBefore)
                .executeUpdate();
    }
}
