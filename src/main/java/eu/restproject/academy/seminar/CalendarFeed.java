package eu.restproject.academy.seminar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's secret calendar feed address. Only the SHA-256 digest of its token is stored: the address
 * is shown once, when it is made, and whoever reads the database cannot rebuild it. One per person; a
 * new one replaces the old, whose address then finds nothing.
 *
 * <p>Not in the shared cache: a revoked address must stop working on every node at once.
 */
@Entity
@Cacheable(false)
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.byDigest", query = "select f from CalendarFeed f where f.digest = :digest")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_digest", nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(long accountId, String digest, Instant createdAt) {
        this.accountId = accountId;
        this.digest = digest;
        this.createdAt = createdAt;
    }

    /** A new address for the same person: the old one stops working. */
    void replace(String newDigest, Instant at) {
        digest = newDigest;
        createdAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
