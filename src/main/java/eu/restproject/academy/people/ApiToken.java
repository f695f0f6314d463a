package eu.restproject.academy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token. Only its SHA-256 digest is stored: the token itself is shown once, when
 * it is created, and cannot be recovered from the database.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = "ApiToken.byDigest",
        query = "select t from ApiToken t join fetch t.account where t.digest = :digest and t.revokedAt is null")
@NamedQuery(
        name = "ApiToken.ofAccount",
        query = "select t from ApiToken t where t.account = :account and t.revokedAt is null order by t.createdAt desc")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "token_digest", nullable = false, unique = true, length = 64)
    private String digest;

    /** The first characters of the token, so that its owner can tell tokens apart. */
    @Column(nullable = false, length = 12)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(Account account, String name, String digest, String prefix) {
        this.account = account;
        this.name = name;
        this.digest = digest;
        this.prefix = prefix;
        this.createdAt = Instant.now();
    }

    void markUsed(Instant when) {
        this.lastUsedAt = when;
    }

    void revoke(Instant when) {
        this.revokedAt = when;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
