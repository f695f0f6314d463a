package eu.restproject.academy.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * One session of a seminar: a date, a local start and end time in the seminar's country, a room and
 * the hours it credits. Its secret signs the rotating check-in codes; it never leaves the server.
 * Once a coordinator closes its attendance, only coordinators change the marks.
 */
@Entity
@Table(name = "seminar_session")
public class SeminarSession {

    @Id
    @SequenceGenerator(name = "seminar_session_seq", sequenceName = "seminar_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seminar_session_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(nullable = false, length = 100)
    private String room;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "token_secret", nullable = false, length = 64)
    private String tokenSecret;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    protected SeminarSession() {}

    SeminarSession(Seminar seminar, String tokenSecret) {
        this.seminar = seminar;
        this.tokenSecret = tokenSecret;
    }

    void describe(SessionDetails details) {
        heldOn = details.heldOn();
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        room = details.room();
        hours = details.hours();
    }

    void close(long coordinatorId, Instant at) {
        closedAt = at;
        closedBy = coordinatorId;
    }

    void reopen() {
        closedAt = null;
        closedBy = null;
    }

    public ZonedDateTime start() {
        return heldOn.atTime(startsAt).atZone(seminar.getCountry().zone());
    }

    public ZonedDateTime end() {
        return heldOn.atTime(endsAt).atZone(seminar.getCountry().zone());
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Seminar getSeminar() {
        return seminar;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    public BigDecimal getHours() {
        return hours;
    }

    String tokenSecret() {
        return tokenSecret;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }
}
