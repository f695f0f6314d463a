package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.AccessDeniedException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller caller(Role role, Country country) {
        return new Caller(1, "x@example.org", EnumSet.of(role), country);
    }

    @Test
    void coordinatorSeesOwnCountryOnly() {
        Caller coordinator = caller(Role.COORDINATOR, Country.AT);
        assertTrue(coordinator.maySeePeopleOf(Country.AT));
        assertFalse(coordinator.maySeePeopleOf(Country.FR));
        AccessDeniedException refusal =
                assertThrows(AccessDeniedException.class, () -> coordinator.requirePeopleOf(Country.FR));
        assertEquals("error.access.otherCountry", refusal.messageKey());
    }

    @Test
    void trainerSeesOwnCountryOnly() {
        Caller trainer = caller(Role.TRAINER, Country.RS);
        assertDoesNotThrow(() -> trainer.requirePeopleOf(Country.RS));
        assertThrows(AccessDeniedException.class, () -> trainer.requirePeopleOf(Country.MD));
    }

    @Test
    void participantSeesNobodyEvenInOwnCountry() {
        Caller participant = caller(Role.PARTICIPANT, Country.NL);
        assertThrows(AccessDeniedException.class, () -> participant.requirePeopleOf(Country.NL));
    }

    @Test
    void adminSeesEveryCountry() {
        Caller admin = caller(Role.ADMIN, null);
        for (Country country : Country.values()) {
            assertTrue(admin.maySeePeopleOf(country));
        }
    }

    @Test
    void staffWithoutCountrySeesNothing() {
        assertFalse(caller(Role.COORDINATOR, null).maySeePeopleOf(null));
    }
}
