package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exports our questions as Moodle GIFT in one language, each titled {@code ::id::} so that a
 * re-import keeps the ids. What GIFT cannot hold is reported, by the question's position and id:
 * case studies and ordering questions are left out; country variants, legal grounds (written into
 * the feedback text), case- or accent-sensitive short answers and texts missing in the language
 * (English written instead) are exported with a loss.
 */
public final class GiftWriter {

    public GiftExport write(List<Quiz.Item> items, Language language) {
        StringBuilder gift = new StringBuilder();
        List<GiftNote> notes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            question(items.get(i), i + 1, language, notes)
                    .ifPresent(text -> gift.append(text).append("\n\n"));
        }
        return new GiftExport(gift.toString(), notes);
    }

    private Optional<String> question(Quiz.Item item, int position, Language language, List<GiftNote> notes) {
        Question question = item.question();
        if (question instanceof CaseStudy || question instanceof OrderingQuestion) {
            String key = question instanceof CaseStudy ? "gift.export.casestudy" : "gift.export.ordering";
            notes.add(GiftNote.exportWarning(position, question.id(), key));
            return Optional.empty();
        }
        ExportTexts texts = new ExportTexts(language);
        String text = texts.of(item.text());
        Optional<String> block = new AnswerBlockWriter(texts, item.labels(), notes, position).write(question);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        if (texts.cited()) {
            notes.add(GiftNote.exportWarning(position, question.id(), "gift.export.ground"));
        }
        if (texts.fellBack()) {
            notes.add(GiftNote.exportWarning(position, question.id(), "gift.export.language", language.code()));
        }
        return Optional.of("::" + ExportTexts.escape(question.id()) + "::" + text + " {" + block.get() + "}");
    }
}
