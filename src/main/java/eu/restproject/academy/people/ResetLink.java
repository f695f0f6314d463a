package eu.restproject.academy.people;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
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
 * A password reset link sent to an account's address: it sets a new password once, until it expires.
 * Only the SHA-256 digest of its token is stored (as for API tokens), so the table alone opens no
 * account. The token alone decides whose password is set: the link knows its account, the form does not.
 *
 * <p>Not in the shared cache: a link used on one node must count as used on every node at once.
 */
@Entity
@Cacheable(false)
@Table(name = "password_reset_link")
@NamedQuery(name = "ResetLink.byDigest", query = "select l from ResetLink l where l.digest = :digest")
@NamedQuery(
        name = "ResetLink.countSince",
        query = "select count(l) from ResetLink l where l.account = :account and l.createdAt >= :since")
@NamedQuery(
        name = "ResetLink.spendOthers",
        query = "update ResetLink l set l.usedAt = :now"
                + " where l.account = :account and l.usedAt is null and l.id <> :id")
@NamedQuery(name = "ResetLink.createdBefore", query = "delete from ResetLink l where l.createdAt < :before")
@AttributeOverride(
        name = "digest",
        column = @Column(name = "token_digest", nullable = false, unique = true, length = 64))
public class ResetLink extends SingleUseCode {

    @Id
    @SequenceGenerator(name = "password_reset_link_seq", sequenceName = "password_reset_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_link_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    protected ResetLink() {
        // for JPA
    }

    ResetLink(Account account, String digest, Instant createdAt, Instant expiresAt) {
        super(digest, createdAt, expiresAt);
        this.account = account;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }
}
