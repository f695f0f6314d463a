package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the waiting password reset requests on this node, as often as the outbox is drained
 * ({@code academy.mail.poll-seconds}), so that a reset letter reaches the SMTP server within two of those
 * periods. Each request is answered in its own transaction; nodes that reach for the same request find
 * it taken ({@link ResetRequests#claim}). Not persistent: every node has its own timer.
 */
@Startup
@Singleton
@DependsOn("Database")
public class PasswordResetSchedule {

    private static final Logger LOG = Logger.getLogger(PasswordResetSchedule.class.getName());

    private static final int BATCH = 200;

    @Resource
    private TimerService timers;

    @Inject
    private MailSettings mail;

    @Inject
    private ResetRequests requests;

    @Inject
    private PasswordResets resets;

    @PostConstruct
    void start() {
        long interval = mail.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** Outside a transaction: each answer commits or fails on its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void answerWaiting() {
        for (long id : requests.waiting(BATCH)) {
            try {
                resets.answer(id);
            } catch (RuntimeException e) {
                // Left in the queue: the next round tries it again.
                LOG.log(Level.WARNING, "Password reset request " + id + " not answered yet: " + e.getMessage());
            }
        }
        resets.forgetOld();
    }
}
