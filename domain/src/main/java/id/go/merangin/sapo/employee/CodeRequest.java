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

/**
 * One request for a mailed code, whether the account asked for exists or not: what the limits per account and per
 * client address count, so that nobody can flood an inbox or probe many addresses from one place.
 */
@Entity
@Table(name = "code_request")
public class CodeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "code_request_seq")
    @SequenceGenerator(name = "code_request_seq", sequenceName = "code_request_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountCode.Purpose purpose;

    @Column(nullable = false, length = 64)
    private String client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected CodeRequest() {
        // for JPA
    }

    /** A request from {@code client} (its address), for {@code account} when one matched. */
    public CodeRequest(AccountCode.Purpose purpose, String client, Account account, Instant requestedAt) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.client = Objects.requireNonNull(client, "client");
        this.account = account;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public Long id() {
        return id;
    }
}
