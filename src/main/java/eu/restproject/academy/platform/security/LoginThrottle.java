package eu.restproject.academy.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failures count per e-mail
 * <em>and</em> source address ({@link SourceAddress}): after {@code academy.login.max-failures} of
 * them, that e-mail is refused from that source for {@code academy.login.lock-minutes}, while its
 * owner signs in from anywhere else, the admin included. Failures also count per source across
 * e-mails: after {@code academy.login.max-source-failures}, the source is refused for every e-mail
 * for the same time, which slows trying one password on many accounts. Known and unknown e-mails
 * are treated alike, so the lock does not reveal which accounts exist.
 *
 * <p>Password reset requests pass through here too: a blocked e-mail and source is refused a reset
 * link as it is a sign-in, and each request counts like a failure, so that nobody fills a mailbox or
 * probes addresses through the reset page. Setting a password with a reset link forgets the e-mail's
 * failures from the source that did it: its owner has just proved they read the account's mail.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "academy.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "academy.login.max-source-failures", defaultValue = "30")
    int maxSourceFailures;

    @Inject
    @ConfigProperty(name = "academy.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private Throttle ofEmailAndSource;
    private Throttle ofSource;

    @PostConstruct
    void init() {
        Duration period = Duration.ofMinutes(lockMinutes);
        ofEmailAndSource = new Throttle(maxFailures, period, period);
        ofSource = new Throttle(maxSourceFailures, period, period);
    }

    public boolean isBlocked(String email, String source) {
        return ofEmailAndSource.isBlocked(pair(email, source)) || ofSource.isBlocked(source);
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    public void recordFailure(String email, String source) {
        ofEmailAndSource.record(pair(email, source));
        ofSource.record(source);
    }

    /** Forgets the failures of this e-mail from this source; the source's count across e-mails stays. */
    public void recordSuccess(String email, String source) {
        ofEmailAndSource.clear(pair(email, source));
    }

    private static String pair(String email, String source) {
        return (email == null ? "" : email.strip()) + " " + source;
    }

    /** For tests that need to step past the lock period. */
    void useClock(Clock testClock) {
        ofEmailAndSource.useClock(testClock);
        ofSource.useClock(testClock);
    }
}
