package id.go.merangin.sapo.files;

import id.go.merangin.sapo.employee.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A private file of one ASN (a selfie, a letter), kept in the database so that it is committed together with the
 * event or request it belongs to and backed up with everything else. Only the ASN, their admin OPD and BKPSDMD may
 * read it; the services decide. Its bytes are purged once the retention has passed ({@link #purge}); the record
 * of the file (hash, size, time) stays, so a reused photo is still recognised.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_employee_id", nullable = false)
    private Employee owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FilePurpose purpose;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(columnDefinition = "bytea")
    private byte[] content;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(
            Employee owner, FilePurpose purpose, String contentType, byte[] content, String sha256, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content");
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public Employee owner() {
        return owner;
    }

    public FilePurpose purpose() {
        return purpose;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return sha256;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    /** The bytes; empty once purged. */
    public java.util.Optional<byte[]> content() {
        return java.util.Optional.ofNullable(content);
    }

    public boolean isPurged() {
        return purgedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
