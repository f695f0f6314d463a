package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of one GIFT question around its answer block: the {@code ::title::}, the question
 * text with its format marker ({@link TextFormat}) and the one answer block in braces. Text after
 * the block is Moodle's missing-word form; like Moodle, we keep the question with {@code _____}
 * where the block stood, and say so.
 */
final class GiftQuestionParser {

    /** A readable question, still without its id. */
    record Parsed(Optional<String> title, Map<Language, String> text, AnswerBlock.Built answer) {}

    private static final String BLANK = "_____";

    private final GiftText text;
    private final Language language;
    private final List<GiftNote> notes;
    private final int line;

    GiftQuestionParser(GiftText text, Language language, List<GiftNote> notes, int line) {
        this.text = text;
        this.language = language;
        this.notes = notes;
        this.line = line;
    }

    Parsed parse() throws SkippedQuestion {
        int start = text.skipSpace(0, text.length());
        Optional<String> title = Optional.empty();
        if (text.startsWith("::", start)) {
            int close = text.find("::", start + 2, text.length());
            if (close < 0) {
                throw new SkippedQuestion(GiftNote.error(line, "gift.title.unclosed"));
            }
            title = Optional.of(text.plain(start + 2, close));
            start = text.skipSpace(close + 2, text.length());
        }
        int open = text.find('{', start, text.length());
        int stray = text.find('}', start, open < 0 ? text.length() : open);
        if (stray >= 0) {
            throw new SkippedQuestion(GiftNote.error(text.line(stray), "gift.brace.unexpected"));
        }
        if (open < 0) {
            throw new SkippedQuestion(GiftNote.warning(line, "gift.unsupported.description"));
        }
        int close = text.find('}', open + 1, text.length());
        int nested = text.find('{', open + 1, close < 0 ? text.length() : close);
        if (close < 0 || nested >= 0) {
            throw new SkippedQuestion(GiftNote.error(text.line(open), "gift.brace.unclosed"));
        }
        int another = firstBrace(close + 1);
        if (another >= 0) {
            throw new SkippedQuestion(GiftNote.error(text.line(another), "gift.block.several"));
        }
        TextFormat format = new TextFormat(notes, line);
        String before = format.question(text.plain(start, open));
        String after = format.continued(text.plain(close + 1, text.length()));
        String questionText = before;
        if (!after.isEmpty()) {
            notes.add(GiftNote.warning(line, "gift.missingword"));
            questionText = (before + " " + BLANK + " " + after).strip();
        }
        if (questionText.isEmpty()) {
            throw new SkippedQuestion(GiftNote.error(line, "gift.text.empty"));
        }
        AnswerBlock.Built answer = new AnswerBlock(text, language, format, notes, line).read(open + 1, close);
        return new Parsed(title, Map.of(language, questionText), answer);
    }

    private int firstBrace(int from) {
        int open = text.find('{', from, text.length());
        int close = text.find('}', from, open < 0 ? text.length() : open);
        return close >= 0 ? close : open;
    }
}
