package id.go.merangin.sapo.files;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.shared.JpegPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks and keeps the ASN's camera photos (JPEG, at most {@code sapo.photo.max-bytes}, 200 KB by default). */
@ApplicationScoped
public class PhotoStore {

    @Inject
    StoredFileRepository files;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sapo.photo.max-bytes", defaultValue = "204800")
    int maxBytes;

    /** Validates the bytes as a photo SAPO accepts; throws {@code INVALID_PHOTO} otherwise. Stores nothing. */
    public JpegPhoto check(byte[] bytes) {
        return JpegPhoto.of(bytes, maxBytes);
    }

    /** As {@link #check(byte[])}, with the SHA-256 of the bytes worked out already. */
    public JpegPhoto check(byte[] bytes, String sha256) {
        return JpegPhoto.of(bytes, maxBytes, sha256);
    }

    public StoredFile keep(Employee owner, FilePurpose purpose, JpegPhoto photo) {
        return files.store(
                new StoredFile(owner, purpose, "image/jpeg", photo.bytes(), photo.sha256(), clock.instant()));
    }
}
