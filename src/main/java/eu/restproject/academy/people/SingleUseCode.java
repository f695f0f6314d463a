package eu.restproject.academy.people;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A code sent by mail that acts once, until it expires: a password reset link, an address
 * confirmation. Only the SHA-256 digest of the code is stored, so that the table alone opens nothing;
 * subclasses name the digest's column and say what using the code does.
 */
@MappedSuperclass
public abstract class SingleUseCode {

    /** Why a code no longer acts. */
    public enum State {
        OPEN,
        USED,
        EXPIRED
    }

    @Column(name = "digest", nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SingleUseCode() {
        // for JPA
    }

    protected SingleUseCode(String digest, Instant createdAt, Instant expiresAt) {
        this.digest = digest;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Used comes first: a used code is spent for good, whatever the time. */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
