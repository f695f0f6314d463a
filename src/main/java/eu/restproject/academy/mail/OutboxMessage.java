package eu.restproject.academy.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One rendered message in the outbox. It stays {@link Status#PENDING} until the SMTP server accepted
 * it ({@link Status#SENT}) or until it failed {@code academy.mail.max-attempts} times
 * ({@link Status#FAILED}), when the admin may send it again. A sender claims a message for a while
 * before it talks to the server ({@code claimedUntil}), so that two nodes never send the same one.
 *
 * <p>Not in the shared cache: claims made on one node must be seen by the others at once.
 */
@Entity
@Cacheable(false)
@Table(name = "outbox_message")
@NamedQuery(
        name = "OutboxMessage.due",
        query = "select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id")
@NamedQuery(name = "OutboxMessage.latest", query = "select m from OutboxMessage m order by m.createdAt desc, m.id desc")
@NamedQuery(
        name = "OutboxMessage.latestWith",
        query = "select m from OutboxMessage m where m.status = :status order by m.createdAt desc, m.id desc")
@NamedQuery(
        name = "OutboxMessage.countByStatus",
        query = "select m.status, count(m) from OutboxMessage m group by m.status")
@NamedQuery(
        name = "OutboxMessage.sentBefore",
        query = "delete from OutboxMessage m where m.status = :sent and m.sentAt < :before")
public class OutboxMessage {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    static final int ERROR_MAX = 1000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailTopic topic;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 200000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 200000)
    private String htmlBody;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_content", length = 200000)
    private String attachmentContent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(Letter letter, String base, Instant now) {
        this.recipient = letter.recipient();
        this.recipientName = letter.recipientName();
        this.language = letter.language().code();
        this.topic = letter.topic();
        this.subject = letter.subjectLine();
        this.textBody = letter.plainText(base);
        this.htmlBody = letter.html(base);
        letter.attachment().ifPresent(file -> {
            this.attachmentName = file.fileName();
            this.attachmentType = file.contentType();
            this.attachmentContent = file.content();
        });
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Whether a sender may take the message now: it is due and no other sender holds it. */
    boolean isClaimable(Instant now) {
        return status == Status.PENDING
                && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    void claim(String sender, Instant until) {
        claimedBy = sender;
        claimedUntil = until;
    }

    boolean isClaimedBy(String sender) {
        return sender.equals(claimedBy);
    }

    void sent(Instant when) {
        status = Status.SENT;
        sentAt = when;
        attempts++;
        lastError = null;
        release();
    }

    /** A refused or failed attempt: the next one after {@code backoff}, or none after the last attempt. */
    void failed(String error, Instant when, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = when.plus(backoff);
        }
        release();
    }

    /** The admin sends a failed message again: it gets a fresh set of attempts. */
    void retry(Instant when) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = when;
        release();
    }

    private void release() {
        claimedUntil = null;
        claimedBy = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public MailTopic getTopic() {
        return topic;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Optional<Attachment> findAttachment() {
        return attachmentName == null
                ? Optional.empty()
                : Optional.of(new Attachment(attachmentName, attachmentType, attachmentContent));
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
