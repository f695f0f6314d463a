package eu.restproject.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusalLogTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void oneLinePerKindAndIntervalWithTheNumberLeftOut() {
        HandClock clock = new HandClock();
        RefusalLog log = new RefusalLog(clock, Duration.ofMinutes(1));

        assertEquals(Optional.of("Refused (expired form): POST /a.xhtml"), log.record("expired form", "POST /a.xhtml"));
        for (int i = 0; i < 99; i++) {
            assertTrue(log.record("expired form", "POST /a.xhtml").isEmpty());
        }
        assertTrue(log.record("not found", "GET /b.xhtml").isPresent(), "another kind has its own line");

        clock.advance(Duration.ofSeconds(61));
        assertEquals(
                Optional.of("Refused (expired form): POST /c.xhtml, and 99 more since the last such line"),
                log.record("expired form", "POST /c.xhtml"));
        assertEquals(Optional.of("Refused (not found): GET /b.xhtml"), log.record("not found", "GET /b.xhtml"));
    }
}
