package id.go.merangin.sapo.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Optional;

/**
 * A phone bound to an ASN's account. Only one is bound at a time (the database enforces it); an admin's reset or
 * an approved rebind releases the old one, which stays on record for review.
 */
@Entity
@Table(name = "device")
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "device_id", nullable = false, length = 200)
    private String deviceId;

    @Column(length = 200)
    private String model;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected Device() {
        // for JPA
    }

    public Device(Account account, String deviceId, String model, Instant boundAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.model = model;
        this.boundAt = Objects.requireNonNull(boundAt, "boundAt");
    }

    public boolean isBound() {
        return bound(releasedAt);
    }

    /** A device is bound to its account until it is released (also for {@link PresentedToken}). */
    static boolean bound(Instant releasedAt) {
        return releasedAt == null;
    }

    public void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String deviceId() {
        return deviceId;
    }

    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    public Instant boundAt() {
        return boundAt;
    }

    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }
}
