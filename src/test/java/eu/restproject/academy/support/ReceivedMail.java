package eu.restproject.academy.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A message as the SMTP server received it, taken apart for assertions: its plain text, its HTML, and
 * its calendar file read back and validated with ical4j, the parser calendars of the kind our
 * participants use would apply.
 */
public final class ReceivedMail {

    private final MimeMessage message;

    public ReceivedMail(MimeMessage message) {
        this.message = message;
    }

    public MimeMessage message() {
        return message;
    }

    public String subject() throws Exception {
        return message.getSubject();
    }

    /** The plain text, with the line ends the platform wrote ('\n'), not those of SMTP. */
    public String text() throws Exception {
        return ((String) alternative().getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    public String html() throws Exception {
        return (String) alternative().getBodyPart(1).getContent();
    }

    /** The attached .ics file as sent, if there is one. */
    public Optional<String> calendarFile() throws Exception {
        Multipart top = (Multipart) message.getContent();
        if (!top.getContentType().toLowerCase().startsWith("multipart/mixed")) {
            return Optional.empty();
        }
        BodyPart file = top.getBodyPart(1);
        try (InputStream in = file.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Optional.of(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** The content type of the attached file ("text/calendar; method=CANCEL; ..."). */
    public String calendarType() throws Exception {
        return ((Multipart) message.getContent()).getBodyPart(1).getContentType();
    }

    /** The attached calendar, parsed and validated (RFC 5545 and the iTIP method of RFC 5546). */
    public Calendar calendar() throws Exception {
        String file = calendarFile().orElseThrow(() -> new AssertionError("no calendar file attached"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation + "\n" + file);
        return calendar;
    }

    private Multipart alternative() throws Exception {
        Multipart top = (Multipart) message.getContent();
        if (top.getContentType().toLowerCase().startsWith("multipart/mixed")) {
            return (Multipart) top.getBodyPart(0).getContent();
        }
        return top;
    }
}
