package eu.restproject.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox: claims each due message, hands it to the SMTP server, and records the outcome.
 * No transaction spans the conversation with the server; the claim, the success and the failure are
 * each their own. A message is marked sent only after the server accepted it, so a node that dies in
 * between sends that one message again once its claim ran out (same Message-ID); nothing is lost.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** Longer than the server's three timeouts together, so a claim outlives any honest attempt. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int BATCH = 50;
    /** A bound on one run, so that a node hands over to the next timer run rather than looping on. */
    private static final int MAX_ROUNDS = 20;

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    @Inject
    private MailSettings settings;

    /** Sends what is due at {@code now} as {@code sender}; returns how many messages the server accepted. */
    public int drain(String sender, Instant now) {
        if (!settings.isSending()) {
            return 0;
        }
        int accepted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> due = outbox.due(now, BATCH);
            for (long id : due) {
                accepted += sendIfStillDue(id, sender, now);
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return accepted;
    }

    /** Every message leaves the due list once tried (sent, waiting for its next attempt, or failed). */
    private int sendIfStillDue(long id, String sender, Instant now) {
        var claimed = outbox.claim(id, sender, now, LEASE);
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            server.send(claimed.get());
            outbox.sent(id, sender, Instant.now());
            return 1;
        } catch (MessagingException | RuntimeException e) {
            boolean refused = e instanceof MailServer.Refused;
            LOG.log(Level.WARNING, "Mail " + id + (refused ? " refused: " : " not sent yet: ") + e.getMessage());
            outbox.failed(id, sender, describe(e), Instant.now(), refused);
            return 0;
        }
    }

    private static String describe(Exception e) {
        StringBuilder text =
                new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }
}
