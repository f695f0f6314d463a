package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.restproject.academy.platform.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a reset link still sets a password: before its expiry and only until it is used. */
class ResetLinkTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant EXPIRES = WRITTEN.plus(Duration.ofMinutes(60));

    private final ResetLink link =
            new ResetLink(new Account("a@example.org", "A", Language.EN, "hash"), "digest", WRITTEN, EXPIRES);

    @Test
    void openUntilTheMomentItExpires() {
        assertEquals(ResetLink.State.OPEN, link.stateAt(WRITTEN));
        assertEquals(ResetLink.State.OPEN, link.stateAt(EXPIRES.minusMillis(1)));
        assertEquals(ResetLink.State.EXPIRED, link.stateAt(EXPIRES));
    }

    @Test
    void aUsedLinkStaysUsedAfterItsExpiry() {
        link.use(WRITTEN.plusSeconds(5));
        assertEquals(ResetLink.State.USED, link.stateAt(WRITTEN.plusSeconds(6)));
        assertEquals(ResetLink.State.USED, link.stateAt(EXPIRES.plusSeconds(1)));
    }
}
