package id.go.merangin.sapo.employee;

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

/** An ASN's request to move their account to a new phone; the admin OPD approves or rejects it. */
@Entity
@Table(name = "rebind_request")
public class RebindRequest {

    /** Where a rebind request stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rebind_request_seq")
    @SequenceGenerator(name = "rebind_request_seq", sequenceName = "rebind_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "device_id", nullable = false, length = 200)
    private String deviceId;

    @Column(name = "device_model", length = 200)
    private String deviceModel;

    @Column(length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    protected RebindRequest() {
        // for JPA
    }

    public RebindRequest(Account account, String deviceId, String deviceModel, String reason, Instant requestedAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.deviceModel = deviceModel;
        this.reason = reason;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public void decide(boolean approved, String by, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("rebind request " + id + " is " + status + " already");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        decidedAt = at;
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

    public String deviceModel() {
        return deviceModel;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
