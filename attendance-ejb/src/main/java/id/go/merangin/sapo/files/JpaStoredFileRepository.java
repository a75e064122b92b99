package id.go.merangin.sapo.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
