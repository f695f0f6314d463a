package eu.restproject.academy.mail;

import eu.restproject.academy.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages waiting for the SMTP server, and those it took or refused. A message is written in the
 * transaction of the change that causes it ({@link #add} joins it and refuses to run without one), so a
 * change that rolls back leaves no message, and a message is never lost once the change is kept.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private MailSettings settings;

    /** Renders the letter and keeps it for the sender, in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public OutboxMessage add(Letter letter) {
        OutboxMessage message = new OutboxMessage(letter, publicUrl.base(), Instant.now());
        em.persist(message);
        return message;
    }

    /** Ids of the messages a sender may take at {@code now}, oldest first. */
    @Transactional
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery("OutboxMessage.due", Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes the message for {@code sender} until {@code until}, unless another sender holds it at
     * {@code now} or it is no longer due. The row lock makes a second node wait and then see the claim.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(long id, String sender, Instant now, Instant until) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isClaimable(now)) {
            return Optional.empty();
        }
        message.claim(sender, until);
        return Optional.of(message);
    }

    /** The server accepted the message. */
    @Transactional(TxType.REQUIRES_NEW)
    public void sent(long id, String sender, Instant when) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.isClaimedBy(sender)) {
            message.sent(when);
        }
    }

    /**
     * The attempt failed: the message waits longer after each failure, and fails for good after the last
     * attempt, or at once when the server refused the recipient ({@code forGood}).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, String sender, String error, Instant when, boolean forGood) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.isClaimedBy(sender)) {
            int maxAttempts = forGood ? message.getAttempts() + 1 : settings.maxAttempts();
            message.failed(error, when, settings.backoffAfter(message.getAttempts() + 1), maxAttempts);
        }
    }

    /** The admin sends a failed message again, with a fresh set of attempts. */
    @Transactional
    public boolean retry(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() != OutboxMessage.Status.FAILED) {
            return false;
        }
        message.retry(Instant.now());
        return true;
    }

    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The newest messages, of one status or of all ({@code status} empty). */
    public List<OutboxMessage> latest(Optional<OutboxMessage.Status> status, int max) {
        var query = status.isPresent()
                ? em.createNamedQuery("OutboxMessage.latestWith", OutboxMessage.class)
                        .setParameter("status", status.get())
                : em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class);
        return query.setMaxResults(max).getResultList();
    }

    public Map<OutboxMessage.Status, Long> counts() {
        Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
        for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery("OutboxMessage.countByStatus", Object[].class)
                .getResultList()) {
            counts.put((OutboxMessage.Status) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Deletes sent messages older than the retention period: they hold personal data and links that
     * are no longer needed once delivered. Pending and failed ones stay for the admin.
     */
    @Transactional
    public int forgetSentBefore(Instant before) {
        return em.createNamedQuery("OutboxMessage.sentBefore")
                .setParameter("sent", OutboxMessage.Status.SENT)
                .setParameter("before", before)
                .executeUpdate();
    }
}
