package eu.restproject.academy.mail;

import eu.restproject.academy.platform.StartFailure;
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
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Runs the {@link MailSender} every {@code academy.mail.poll-seconds} on this node, and forgets sent
 * messages after {@code academy.mail.keep-days}. The timer is not persistent: every node has its own,
 * and the outbox's claims keep them from sending a message twice. A singleton's timeouts never
 * overlap, so one node drains with one thread.
 */
@Startup
@Singleton
@DependsOn("Database")
@Interceptors(StartFailure.class)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    /** This node's name in the outbox's claims: unique per process, readable in the admin's list. */
    private final String node = nodeName();

    @Resource
    private TimerService timers;

    @Inject
    private MailSettings settings;

    @Inject
    private MailSender sender;

    @Inject
    private Outbox outbox;

    /** Settings that cannot work stop the start, rather than failing every message for hours. */
    @PostConstruct
    void start() {
        settings.check();
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
        if (settings.isSending()) {
            LOG.info(() ->
                    "Mail goes to " + settings.host().orElseThrow() + ":" + settings.port() + " (" + settings.security()
                            + "), checked every " + settings.pollInterval().toSeconds() + " s");
        } else {
            LOG.info("No ACADEMY_MAIL_HOST: messages stay in the outbox, where the admin reads them");
        }
    }

    /** Outside a transaction: each claim, success and failure commits on its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void drain() {
        sender.drain(node, Instant.now());
        outbox.forgetSentBefore(Instant.now().minus(settings.keepSent()));
    }

    /** The host's name and a random suffix, within the 64 characters of {@code claimed_by}. */
    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        return host.substring(0, Math.min(host.length(), 64 - suffix.length())) + suffix;
    }
}
