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
 * A link sent to confirm an account's e-mail address. Only the SHA-256 digest of its code is stored,
 * so that the database holds no working link; a code confirms once, until it expires.
 */
@Entity
@Table(name = "confirmation_code")
@NamedQuery(
        name = "ConfirmationCode.byDigest",
        query = "select c from ConfirmationCode c join fetch c.account where c.digest = :digest")
public class ConfirmationCode {

    @Id
    @SequenceGenerator(name = "confirmation_code_seq", sequenceName = "confirmation_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_code_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "code_digest", nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ConfirmationCode() {
        // for JPA
    }

    ConfirmationCode(Account account, String digest, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.digest = digest;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Spends the code and confirms its account's address. */
    void use(Instant now) {
        this.usedAt = now;
        account.confirm(now);
    }

    Instant getUsedAt() {
        return usedAt;
    }

    Account getAccount() {
        return account;
    }
}
