package eu.restproject.academy.quiz.gift;

import java.util.List;
import java.util.stream.Stream;

/**
 * Something a trainer must know about an import or export, as a message key ({@code gift.*}) with
 * its arguments so that it can be shown in the trainer's language. The first argument is always
 * the line (import) or the question id (export), so that every message names what it is about.
 * {@code line} is the line of the GIFT text; on export it is the question's position (from 1), or
 * 0 for the export as a whole.
 */
public record GiftNote(Severity severity, int line, String key, List<String> args) {

    /** An error means the question (or the whole input) was not imported; a warning means it was, with a loss. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public GiftNote {
        args = List.copyOf(args);
    }

    static GiftNote error(int line, String key, Object... more) {
        return new GiftNote(Severity.ERROR, line, key, arguments(String.valueOf(line), more));
    }

    static GiftNote warning(int line, String key, Object... more) {
        return new GiftNote(Severity.WARNING, line, key, arguments(String.valueOf(line), more));
    }

    static GiftNote exportWarning(int position, String questionId, String key, Object... more) {
        return new GiftNote(Severity.WARNING, position, key, arguments(questionId, more));
    }

    private static List<String> arguments(String first, Object... more) {
        return Stream.concat(Stream.of(first), Stream.of(more).map(String::valueOf))
                .toList();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
