package eu.restproject.academy.seminar;

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
 * One invitation a coordinator sent to an e-mail address. Kept to bound the invitations one person
 * sends a day and to send an address the same seminar's invitation at most once a day; deleted with
 * its seminar.
 */
@Entity
@Table(name = "seminar_invitation")
@NamedQuery(
        name = "SeminarInvitation.countBy",
        query = "select count(i) from SeminarInvitation i where i.invitedBy = :sender and i.invitedAt > :since")
@NamedQuery(
        name = "SeminarInvitation.addressesSince",
        query = "select i.email from SeminarInvitation i where i.seminarId = :seminar and i.invitedAt > :since")
public class SeminarInvitation {

    @Id
    @SequenceGenerator(name = "seminar_invitation_seq", sequenceName = "seminar_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seminar_invitation_seq")
    private Long id;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected SeminarInvitation() {}

    SeminarInvitation(long seminarId, String email, long invitedBy, Instant invitedAt) {
        this.seminarId = seminarId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public String getEmail() {
        return email;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
