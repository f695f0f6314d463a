package eu.restproject.academy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A certificate of attendance: one per participant and seminar (unique), with a verification code
 * that is unique across all certificates. {@code hours} are the hours credited when it was last
 * issued; {@code issuedAt} is the first issue, which a re-issue keeps.
 */
@Entity
@NamedQuery(
        name = "Certificate.of",
        query = "select c from Certificate c where c.seminarId = :seminar and c.accountId = :account")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
public class Certificate {

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal hours;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {}

    Certificate(String code, long seminarId, long accountId, BigDecimal hours, Instant issuedAt) {
        this.code = code;
        this.seminarId = seminarId;
        this.accountId = accountId;
        this.hours = hours;
        this.issuedAt = issuedAt;
    }

    /** Takes the hours now credited, when attendance was corrected after the first issue. */
    void credit(BigDecimal currentHours) {
        if (hours.compareTo(currentHours) != 0) {
            hours = currentHours;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public long getAccountId() {
        return accountId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
