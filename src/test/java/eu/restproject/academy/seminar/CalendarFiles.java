package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads an .ics file with ical4j, an independent parser, and fails the test unless it validates. */
public final class CalendarFiles {

    private CalendarFiles() {}

    public static Calendar valid(String file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation + "\n" + file);
        return calendar;
    }

    public static List<String> uids(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream()
                .map(VEvent.class::cast)
                .map(event -> event.getUid().orElseThrow().getValue())
                .sorted()
                .toList();
    }
}
