package eu.restproject.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private LoginThrottle throttle;
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.maxFailures = 5;
        throttle.maxSourceFailures = 30;
        throttle.lockMinutes = 15;
        throttle.init();
        throttle.useClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    private static final String HERE = "198.51.100.1";
    private static final String ELSEWHERE = "198.51.100.2";

    @Test
    void blocksAfterTheFifthFailureWhateverTheCase() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Anna@Example.org", HERE);
        }
        assertFalse(throttle.isBlocked("anna@example.org", HERE));
        throttle.recordFailure("anna@example.org ", HERE);
        assertTrue(throttle.isBlocked("ANNA@example.org", HERE));
        assertFalse(throttle.isBlocked("other@example.org", HERE));
    }

    @Test
    void aLockHoldsOnlyForTheSourceThatCausedIt() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("admin@example.org", HERE);
        }
        assertTrue(throttle.isBlocked("admin@example.org", HERE));
        assertFalse(throttle.isBlocked("admin@example.org", ELSEWHERE), "nobody locks the owner out from elsewhere");
    }

    @Test
    void oneSourceTryingManyEmailsIsLockedForAll() {
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("person" + i + "@example.org", HERE);
        }
        assertFalse(throttle.isBlocked("someone@example.org", HERE));
        throttle.recordSuccess("person1@example.org", HERE);
        throttle.recordFailure("person29@example.org", HERE);
        assertTrue(
                throttle.isBlocked("someone@example.org", HERE),
                "a success in between does not reset the source's count");
        assertFalse(throttle.isBlocked("someone@example.org", ELSEWHERE));
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(throttle.isBlocked("someone@example.org", HERE));
    }

    @Test
    void unblocksWhenThePeriodHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("anna@example.org", HERE);
        }
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(throttle.isBlocked("anna@example.org", HERE));
    }

    @Test
    void successClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("anna@example.org", HERE);
        }
        throttle.recordSuccess("anna@example.org", HERE);
        throttle.recordFailure("anna@example.org", HERE);
        assertFalse(throttle.isBlocked("anna@example.org", HERE));
    }
}
