package eu.restproject.academy.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code academy.login.max-failures} failed sign-ins for one
 * e-mail within the lock period, that e-mail is refused until the period has passed. Known and
 * unknown e-mails are treated alike, so the lock does not reveal which accounts exist.
 *
 * <p>Kept in memory per node: a restart or a second node resets the count, which still bounds a
 * guesser to a few attempts per period per node.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 50_000;

    @Inject
    @ConfigProperty(name = "academy.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "academy.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private Duration period;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant firstAt) {
    }

    @PostConstruct
    void init() {
        period = Duration.ofMinutes(lockMinutes);
    }

    public boolean isBlocked(String key) {
        Failures current = failures.get(normalize(key));
        return current != null && current.count() >= maxFailures && !expired(current);
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    public void recordFailure(String key) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(this::expired);
        }
        failures.compute(normalize(key), (k, current) -> current == null || expired(current)
                ? new Failures(1, clock.instant())
                : new Failures(current.count() + 1, current.firstAt()));
    }

    public void recordSuccess(String key) {
        failures.remove(normalize(key));
    }

    private boolean expired(Failures f) {
        return f.firstAt().plus(period).isBefore(clock.instant());
    }

    private static String normalize(String key) {
        return key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** For tests that need to step past the lock period. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
