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

    @Test
    void blocksAfterTheFifthFailureWhateverTheCase() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Anna@Example.org");
        }
        assertFalse(throttle.isBlocked("anna@example.org"));
        throttle.recordFailure("anna@example.org ");
        assertTrue(throttle.isBlocked("ANNA@example.org"));
        assertFalse(throttle.isBlocked("other@example.org"));
    }

    @Test
    void unblocksWhenThePeriodHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("anna@example.org");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(throttle.isBlocked("anna@example.org"));
    }

    @Test
    void successClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("anna@example.org");
        }
        throttle.recordSuccess("anna@example.org");
        throttle.recordFailure("anna@example.org");
        assertFalse(throttle.isBlocked("anna@example.org"));
    }
}
