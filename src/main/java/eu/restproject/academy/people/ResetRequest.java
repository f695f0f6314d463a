package eu.restproject.academy.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone asked for a password reset link for an e-mail address. Only this is recorded while the page
 * answers, whether an account has that address or not, so that the answer costs the same for both; the
 * request is answered, and deleted, later ({@link PasswordResets#answer}). Nothing here is checked against
 * the accounts.
 */
@Entity
@Cacheable(false)
@Table(name = "password_reset_request")
@NamedQuery(name = "ResetRequest.waiting", query = "select r.id from ResetRequest r order by r.requestedAt, r.id")
public class ResetRequest {

    static final int SOURCE_MAX = 64;

    @Id
    @SequenceGenerator(
            name = "password_reset_request_seq",
            sequenceName = "password_reset_request_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_request_seq")
    private Long id;

    @Column(nullable = false, length = AccountRules.EMAIL_MAX)
    private String email;

    /** The network address the request came from, named in the letter so that its owner can judge it. */
    @Column(nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected ResetRequest() {
        // for JPA
    }

    ResetRequest(String email, String source, Instant requestedAt) {
        this.email = email;
        this.source = source.length() > SOURCE_MAX ? source.substring(0, SOURCE_MAX) : source;
        this.requestedAt = requestedAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getSource() {
        return source;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
