package eu.restproject.academy.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A participant's place at a seminar: one row per participant and seminar (unique). A waiting
 * registration keeps its {@code registeredAt}, which orders the waiting list.
 */
@Entity
@NamedQuery(
        name = "Registration.of",
        query = "select r from Registration r where r.seminarId = :seminar and r.accountId = :account")
@NamedQuery(
        name = "Registration.ofSeminar",
        query = "select r from Registration r where r.seminarId = :seminar order by r.registeredAt, r.id")
@NamedQuery(
        name = "Registration.ofAccount",
        query = "select r from Registration r where r.accountId = :account order by r.registeredAt")
@NamedQuery(
        name = "Registration.count",
        query = "select count(r) from Registration r where r.seminarId = :seminar and r.status = :status")
@NamedQuery(
        name = "Registration.firstWaiting",
        query =
                "select r from Registration r where r.seminarId = :seminar "
                        + "and r.status = eu.restproject.academy.seminar.RegistrationStatus.WAITING order by r.registeredAt, r.id")
public class Registration {

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationChannel channel;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Registration() {}

    Registration(long seminarId, long accountId, RegistrationStatus status, RegistrationChannel channel, Instant at) {
        this.seminarId = seminarId;
        this.accountId = accountId;
        this.status = status;
        this.channel = channel;
        this.registeredAt = at;
    }

    /** Registering again after cancelling starts at the end of the queue. */
    void renew(RegistrationStatus newStatus, RegistrationChannel newChannel, Instant at) {
        status = newStatus;
        channel = newChannel;
        registeredAt = at;
        cancelledAt = null;
    }

    void cancel(Instant at) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = at;
    }

    void moveUp() {
        status = RegistrationStatus.REGISTERED;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public long getAccountId() {
        return accountId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public RegistrationChannel getChannel() {
        return channel;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
