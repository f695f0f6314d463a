package eu.restproject.academy.authoring;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.gift.GiftImport;
import eu.restproject.academy.quiz.gift.GiftReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moodle GIFT files into a module's question bank (docs/gift.md). GIFT says nothing of its
 * language, so the trainer names it; the quiz format needs an English text for every question
 * (learners whose language has no translation read it), so only English files are imported and
 * other languages are added in the editor. A question whose id the bank holds already is never
 * replaced silently: it takes a new id, unless the trainer asked to replace. A file with any error
 * stores nothing; the report says, per question and with its line, what became of it and why.
 */
@ApplicationScoped
public class GiftImports {

    /** What to do with a question whose id is in the bank already. */
    public enum Collision {
        NEW_ID,
        REPLACE
    }

    /** One line of the report: a note of the GIFT reader or what became of one question; the first argument is the GIFT line. */
    public record Line(int line, String key, List<String> args, boolean error) {}

    /** The questions stored (none when the file was refused) and the report, in the order of the file. */
    public record Report(int stored, List<Line> lines) {

        public boolean refused() {
            return lines.stream().anyMatch(Line::error);
        }
    }

    @Inject
    private QuestionBank bank;

    @Inject
    private Library library;

    @Transactional
    public Report importFile(Caller author, String moduleId, String text, Language language, Collision collision) {
        Set<String> inBank = bank.questions(author, moduleId).stream()
                .map(BankQuestion::getQuestionId)
                .collect(Collectors.toSet());
        library.getCurrent(moduleId);
        if (language != Language.EN) {
            throw new InvalidInputException("language", "error.authoring.giftLanguage", language.nativeName());
        }
        GiftImport read = new GiftReader().read(text, language, inBank, collision == Collision.REPLACE);
        List<Line> lines = new ArrayList<>();
        read.notes().forEach(note -> lines.add(new Line(note.line(), note.key(), note.args(), note.isError())));
        for (GiftImport.Imported question : read.questions()) {
            QuestionBank.refusal(question.item())
                    .ifPresent(reason -> lines.add(new Line(
                            question.line(),
                            "authoring.gift.invalid",
                            List.of(String.valueOf(question.line()), question.id(), reason),
                            true)));
        }
        boolean refused = lines.stream().anyMatch(Line::error);
        if (!refused) {
            for (GiftImport.Imported question : read.questions()) {
                List<String> tags = new ArrayList<>(question.tags());
                tags.add("gift");
                bank.put(author, moduleId, question.item(), tags);
                lines.add(outcome(question, inBank));
            }
        }
        lines.sort(Comparator.comparingInt(Line::line));
        return new Report(refused ? 0 : read.questions().size(), lines);
    }

    private static Line outcome(GiftImport.Imported question, Set<String> inBank) {
        String line = String.valueOf(question.line());
        if (!question.id().equals(question.requestedId())) {
            return new Line(
                    question.line(),
                    "authoring.gift.renamed",
                    List.of(line, question.requestedId(), question.id()),
                    false);
        }
        if (inBank.contains(question.id())) {
            return new Line(question.line(), "authoring.gift.replaced", List.of(line, question.id()), false);
        }
        return new Line(question.line(), "authoring.gift.added", List.of(line, question.id()), false);
    }
}
