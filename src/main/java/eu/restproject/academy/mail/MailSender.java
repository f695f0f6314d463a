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

    /**
     * Sends what is due at {@code now} as {@code sender}; returns how many messages the server accepted.
     * When the server cannot be reached, the run ends after the first attempt: the other messages wait
     * for the next run without spending one of their attempts.
     */
    public int drain(String sender, Instant now) {
        if (!settings.isSending()) {
            return 0;
        }
        int accepted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> due = outbox.due(now, BATCH);
            for (long id : due) {
                Outcome outcome = sendIfStillDue(id, sender, now);
                if (outcome == Outcome.SERVER_TROUBLE) {
                    return accepted;
                }
                if (outcome == Outcome.ACCEPTED) {
                    accepted++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return accepted;
    }

    private enum Outcome {
        ACCEPTED,
        SKIPPED,
        REFUSED,
        SERVER_TROUBLE
    }

    /** Every message leaves the due list once tried (sent, waiting for its next attempt, or failed). */
    private Outcome sendIfStillDue(long id, String sender, Instant now) {
        // The lease starts now, not when the run began: a long run must not take claims that already ran out.
        Instant leaseStart = now.isAfter(Instant.now()) ? now : Instant.now();
        var claimed = outbox.claim(id, sender, now, leaseStart.plus(LEASE));
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        try {
            server.send(claimed.get());
        } catch (MessagingException | RuntimeException e) {
            boolean refused = e instanceof MailServer.Refused;
            LOG.log(Level.WARNING, "Mail " + id + (refused ? " refused: " : " not sent yet: ") + e.getMessage());
            outbox.failed(id, sender, describe(e), Instant.now(), refused);
            return refused ? Outcome.REFUSED : Outcome.SERVER_TROUBLE;
        }
        // Outside the catch: once the server took the message, a failure to record it must not count as a
        // failed attempt. The claim runs out and the message goes again (same Message-ID): at least once.
        outbox.sent(id, sender, Instant.now());
        return Outcome.ACCEPTED;
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
