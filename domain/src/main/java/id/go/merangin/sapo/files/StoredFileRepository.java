package id.go.merangin.sapo.files;

import java.util.Optional;

/** Where private files are kept. */
public interface StoredFileRepository {

    StoredFile store(StoredFile file);

    Optional<StoredFile> find(long id);
}
