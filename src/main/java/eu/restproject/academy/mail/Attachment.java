package eu.restproject.academy.mail;

import java.util.Objects;

/**
 * A text file sent with a letter, such as an iCalendar file. {@code contentType} is the full MIME type
 * with its parameters, for example {@code text/calendar; method=REQUEST}; the text goes as UTF-8.
 */
public record Attachment(String fileName, String contentType, String content) {

    public Attachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
        if (fileName.isBlank() || fileName.length() > 100 || contentType.length() > 100) {
            throw new IllegalArgumentException("attachment name or type out of bounds");
        }
    }
}
