package eu.restproject.academy.people;

import jakarta.persistence.AttributeOverride;
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

/** A link sent to confirm an account's e-mail address: it confirms once, until it expires. */
@Entity
@Table(name = "confirmation_code")
@NamedQuery(
        name = "ConfirmationCode.byDigest",
        query = "select c from ConfirmationCode c join fetch c.account where c.digest = :digest")
@AttributeOverride(
        name = "digest",
        column = @Column(name = "code_digest", nullable = false, unique = true, length = 64))
public class ConfirmationCode extends SingleUseCode {

    @Id
    @SequenceGenerator(name = "confirmation_code_seq", sequenceName = "confirmation_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_code_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    protected ConfirmationCode() {
        // for JPA
    }

    ConfirmationCode(Account account, String digest, Instant createdAt, Instant expiresAt) {
        super(digest, createdAt, expiresAt);
        this.account = account;
    }

    /** Spends the code and confirms its account's address. */
    @Override
    void use(Instant now) {
        super.use(now);
        account.confirm(now);
    }

    Account getAccount() {
        return account;
    }
}
