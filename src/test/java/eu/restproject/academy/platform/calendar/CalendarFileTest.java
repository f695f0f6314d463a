package eu.restproject.academy.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.calendar.CalendarFile.Event;
import eu.restproject.academy.platform.calendar.CalendarFile.Method;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The files are read back with ical4j, an independent parser, and validated against RFC 5545/5546. */
class CalendarFileTest {

    private static final Instant START = Instant.parse("2027-03-15T08:30:00Z");

    @Test
    void aPublishedEventReadsBackWithItsTextsAndTimes() throws Exception {
        String file = CalendarFile.write(Method.PUBLISH, "REST seminars", List.of(event(2)), START);

        Calendar calendar = parse(file);
        ValidationResult validation = calendar.validate();
        assertTrue(!validation.hasErrors(), validation.toString());
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("seminar-7-session-3@rest-academy", value(event, "UID"));
        assertEquals("2", value(event, "SEQUENCE"));
        assertEquals("Protection standards; day 1, Chișinău", value(event, "SUMMARY"));
        assertEquals("Hotel \"Codru\"\nRoom 2, floor 3", value(event, "DESCRIPTION"));
        assertEquals("20270315T083000Z", value(event, "DTSTART"));
    }

    @Test
    void aCancellationNamesItsOrganizerAndStatus() throws Exception {
        String file = CalendarFile.write(Method.CANCEL, "", List.of(event(3)), START);

        Calendar calendar = parse(file);
        ValidationResult validation = calendar.validate();
        assertTrue(!validation.hasErrors(), validation.toString());
        assertTrue(file.contains("STATUS:CANCELLED\r\n"), file);
        assertTrue(file.contains("METHOD:CANCEL\r\n"), file);
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
        String longTitle = "Însușirea standardelor de protecție a victimelor traficului de ființe umane ".repeat(4);
        Event event = new Event(
                "u-1", 0, START, START.plusSeconds(3600), longTitle, "", "", Optional.empty(), "no-reply@example.org");

        String file = CalendarFile.write(Method.PUBLISH, "", List.of(event), START);

        for (String line : file.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        VEvent parsed =
                parse(file).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(longTitle.strip(), value(parsed, "SUMMARY").strip());
    }

    private static Event event(int sequence) {
        return new Event(
                "seminar-7-session-3@rest-academy",
                sequence,
                START,
                START.plusSeconds(4 * 3600),
                "Protection standards; day 1, Chișinău",
                "Hotel Codru, Chișinău",
                "Hotel \"Codru\"\r\nRoom 2, floor 3",
                Optional.of("https://academy.example.org/seminars/index.xhtml"),
                "no-reply@academy.example.org");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Calendar parse(String file) throws Exception {
        return new CalendarBuilder().build(new StringReader(file));
    }
}
