package eu.restproject.academy.platform;

import java.time.Duration;

/**
 * Refused by a throttle: too many attempts in a short time. The API answers 429 with
 * {@code Retry-After}; the message says, in minutes, how long to wait.
 */
public class TooManyAttemptsException extends AcademyException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(String messageKey, Duration retryAfter) {
        super(messageKey, Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
