package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.security.RandomCodes;
import eu.restproject.academy.support.RunningAcademy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Addresses under {@code /calendar/} that are no feed answer 404 like any unknown page, whether the
 * token is well-formed but unknown, malformed, or missing: the answer tells a guesser nothing.
 */
@ExtendWith(RunningAcademy.class)
class CalendarFeedSystemIT {

    @Test
    void unknownAndMalformedFeedAddressesAnswerNotFound() throws Exception {
        for (String path : new String[] {
            "/calendar/" + RandomCodes.urlSafeToken(32) + ".ics",
            "/calendar/" + RandomCodes.urlSafeToken(32),
            "/calendar/short.ics",
            "/calendar/",
            "/calendar/a/b.ics"
        }) {
            CalendarFeedBrowserIT.assertNotFound(CalendarFeedBrowserIT.get(RunningAcademy.url(path)));
        }
    }
}
