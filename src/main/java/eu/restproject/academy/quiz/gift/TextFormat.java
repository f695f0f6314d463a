package eu.restproject.academy.quiz.gift;

import java.util.List;

/**
 * GIFT's text format markers ({@code [plain]}, {@code [html]}, {@code [moodle]}, {@code [markdown]}),
 * as Moodle reads them: a marker may open the question text and every answer and feedback; the
 * question's format is the default of its answers and feedback. Our texts are plain, so a marker
 * is removed, and HTML becomes plain text, with one warning per question.
 */
final class TextFormat {

    private static final List<String> MARKERS = List.of("[plain]", "[markdown]", "[html]", "[moodle]");
    private static final String HTML = "[html]";

    private final List<GiftNote> notes;
    private final int line;
    private boolean html;
    private boolean warned;

    TextFormat(List<GiftNote> notes, int line) {
        this.notes = notes;
        this.line = line;
    }

    /** The question text, whose marker also becomes the format of the question's answers and feedback. */
    String question(String text) {
        String marker = marker(text);
        html = HTML.equals(marker);
        return plain(text.substring(marker.length()).strip(), html);
    }

    /** An answer or feedback: its own marker, else the question's format. */
    String apply(String text) {
        String marker = marker(text);
        return plain(text.substring(marker.length()).strip(), marker.isEmpty() ? html : HTML.equals(marker));
    }

    /** Text that continues the question text (after a missing word), in the question's format. */
    String continued(String text) {
        return plain(text, html);
    }

    private String plain(String text, boolean isHtml) {
        if (!isHtml) {
            return text;
        }
        if (!warned) {
            notes.add(GiftNote.warning(line, "gift.html"));
            warned = true;
        }
        return PlainText.fromHtml(text);
    }

    private static String marker(String text) {
        return MARKERS.stream().filter(text::startsWith).findFirst().orElse("");
    }
}
