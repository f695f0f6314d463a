package eu.restproject.academy.platform.security;

import eu.restproject.academy.platform.TooManyAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (failed sign-ins, registrations, wrong check-in codes): once {@code max}
 * of them fall within {@code window}, the key is refused for {@code lock}, then starts afresh.
 * Keys are compared without case and surrounding spaces.
 *
 * <p>Kept in memory per node: a restart or a second node resets the counts, which still bounds a
 * guesser to a few attempts per period per node. At most {@value #MAX_TRACKED} keys are kept; past
 * that, expired entries are dropped first.
 */
public final class Throttle {

    private static final int MAX_TRACKED = 50_000;

    private final int max;
    private final Duration window;
    private final Duration lock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    private record Count(int events, Instant since, Instant lockedUntil) {}

    public Throttle(int max, Duration window, Duration lock) {
        this.max = max;
        this.window = window;
        this.lock = lock;
    }

    public boolean isBlocked(String key) {
        return !retryAfter(key).isZero();
    }

    /** How long the key is still refused; zero when it is not. */
    private Duration retryAfter(String key) {
        Count count = counts.get(normalize(key));
        Instant now = clock.instant();
        if (count == null || count.lockedUntil() == null || !now.isBefore(count.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, count.lockedUntil());
    }

    /** Refuses with {@code messageKey} (429 in the API, its wait in minutes on pages) while the key is locked. */
    public void requireOpen(String key, String messageKey) {
        Duration wait = retryAfter(key);
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(messageKey, wait);
        }
    }

    /** Counts one event. */
    public void record(String key) {
        if (counts.size() > MAX_TRACKED) {
            counts.values().removeIf(this::expired);
        }
        Instant now = clock.instant();
        counts.compute(normalize(key), (k, count) -> {
            Count current = count == null || expired(count) ? new Count(0, now, null) : count;
            int events = current.events() + 1;
            return new Count(events, current.since(), events >= max ? now.plus(lock) : null);
        });
    }

    public void clear(String key) {
        counts.remove(normalize(key));
    }

    private boolean expired(Count count) {
        Instant now = clock.instant();
        return count.lockedUntil() != null
                ? !now.isBefore(count.lockedUntil())
                : !now.isBefore(count.since().plus(window));
    }

    private static String normalize(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    }

    /** For tests that need to step past a window or a lock. */
    public void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
