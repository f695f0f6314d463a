package eu.restproject.academy.seminar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That a participant's reminder of one kind for one seminar has been decided: written to the outbox
 * ({@code written}), or not needed (the person turned the topic off, or had nothing left to do). Stored
 * in the transaction of the message; the primary key makes a second one impossible, so a reminder goes
 * once even when two nodes decide at the same moment.
 *
 * <p>Not in the shared cache: what one node decided must be seen by the others at once.
 */
@Entity
@Cacheable(false)
@Table(name = "seminar_reminder")
@IdClass(SeminarReminder.Key.class)
public class SeminarReminder {

    /** Seminar, participant and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long seminarId;
        private Long accountId;
        private ReminderKind kind;

        public Key() {
            // for JPA
        }

        Key(Long seminarId, Long accountId, ReminderKind kind) {
            this.seminarId = seminarId;
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(seminarId, key.seminarId)
                    && Objects.equals(accountId, key.accountId)
                    && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(seminarId, accountId, kind);
        }
    }

    @Id
    @Column(name = "seminar_id")
    private Long seminarId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReminderKind kind;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false)
    private boolean written;

    protected SeminarReminder() {
        // for JPA
    }

    SeminarReminder(long seminarId, long accountId, ReminderKind kind, Instant decidedAt, boolean written) {
        this.seminarId = seminarId;
        this.accountId = accountId;
        this.kind = kind;
        this.decidedAt = decidedAt;
        this.written = written;
    }

    static Key key(long seminarId, long accountId, ReminderKind kind) {
        return new Key(seminarId, accountId, kind);
    }

    public long getSeminarId() {
        return seminarId;
    }

    public long getAccountId() {
        return accountId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Whether a message went to the outbox; false when none was needed. */
    public boolean isWritten() {
        return written;
    }
}
