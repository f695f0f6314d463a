package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the answer block of one question (without its braces), reporting what GIFT cannot hold:
 * country variants (the general question is written), short answers that count case or accents.
 * Multiple choice gets the weights of our right-minus-wrong rule, so Moodle grades it as we do.
 */
final class AnswerBlockWriter {

    private final ExportTexts texts;
    private final Map<String, Map<Language, String>> labels;
    private final List<GiftNote> notes;
    private final int position;

    AnswerBlockWriter(
            ExportTexts texts, Map<String, Map<Language, String>> labels, List<GiftNote> notes, int position) {
        this.texts = texts;
        this.labels = labels;
        this.notes = notes;
        this.position = position;
    }

    /** The block, or empty when the question cannot be written (a choice without a correct option). */
    Optional<String> write(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            variants(choice.id(), choice.variants().keySet());
            return isTrueFalse(choice) ? Optional.of(trueFalse(choice)) : choice(choice);
        }
        if (question instanceof MatchingQuestion matching) {
            return Optional.of(matching(matching));
        }
        if (question instanceof ShortAnswerQuestion shortAnswer) {
            return Optional.of(shortAnswer(shortAnswer));
        }
        return Optional.ofNullable(question instanceof EssayQuestion ? "" : null);
    }

    private static boolean isTrueFalse(ChoiceQuestion choice) {
        return !choice.multiple()
                && choice.options().size() == 2
                && choice.options().get(0).id().equals("true")
                && choice.options().get(1).id().equals("false");
    }

    /** Moodle's first feedback is shown for a wrong answer, the second for a right one. */
    private String trueFalse(ChoiceQuestion choice) {
        boolean truth = choice.options().get(0).correct();
        String onTrue = texts.of(choice.options().get(0).feedback());
        String onFalse = texts.of(choice.options().get(1).feedback());
        String whenWrong = truth ? onFalse : onTrue;
        String whenRight = truth ? onTrue : onFalse;
        String feedback = whenWrong.isEmpty() && whenRight.isEmpty()
                ? ""
                : "#" + whenWrong + (whenRight.isEmpty() ? "" : "#" + whenRight);
        return (truth ? "TRUE" : "FALSE") + feedback;
    }

    private Optional<String> choice(ChoiceQuestion choice) {
        int correct = (int)
                choice.options().stream().filter(ChoiceQuestion.Option::correct).count();
        if (correct == 0 || (!choice.multiple() && correct > 1)) {
            notes.add(GiftNote.exportWarning(position, choice.id(), "gift.export.nocorrect"));
            return Optional.empty();
        }
        int incorrect = choice.options().size() - correct;
        StringBuilder block = new StringBuilder("\n");
        for (ChoiceQuestion.Option option : choice.options()) {
            block.append('\t');
            if (choice.multiple()) {
                block.append("~%")
                        .append(RightMinusWrong.format(RightMinusWrong.weight(option.correct(), correct, incorrect)))
                        .append('%');
            } else {
                block.append(option.correct() ? '=' : '~');
            }
            block.append(texts.of(labels.get(option.id())));
            String feedback = texts.of(option.feedback() == null ? Feedback.NONE : option.feedback());
            block.append(feedback.isEmpty() ? "" : "#" + feedback).append('\n');
        }
        return Optional.of(block.toString());
    }

    /** Answers that no prompt uses are written as Moodle's extra answers, {@code = -> answer}. */
    private String matching(MatchingQuestion matching) {
        StringBuilder block = new StringBuilder("\n");
        Set<String> extra = new LinkedHashSet<>(new TreeSet<>(matching.answers()));
        matching.correctPairs().forEach((prompt, answer) -> {
            extra.remove(answer);
            block.append("\t=")
                    .append(texts.of(labels.get(prompt)))
                    .append(" -> ")
                    .append(texts.of(labels.get(answer)))
                    .append('\n');
        });
        extra.forEach(answer ->
                block.append("\t= -> ").append(texts.of(labels.get(answer))).append('\n'));
        return block.toString();
    }

    private String shortAnswer(ShortAnswerQuestion shortAnswer) {
        variants(shortAnswer.id(), shortAnswer.variants().keySet());
        if (shortAnswer.caseSensitive() || shortAnswer.accentSensitive()) {
            notes.add(GiftNote.exportWarning(position, shortAnswer.id(), "gift.export.sensitivity"));
        }
        StringBuilder block = new StringBuilder();
        shortAnswer
                .accepted()
                .forEach(answer -> block.append(block.isEmpty() ? "" : " ")
                        .append('=')
                        .append(ExportTexts.escape(answer.strip())));
        return block.toString();
    }

    private void variants(String id, Set<?> countries) {
        if (!countries.isEmpty()) {
            notes.add(GiftNote.exportWarning(
                    position,
                    id,
                    "gift.export.variant",
                    String.join(
                            ", ",
                            new TreeSet<>(
                                    countries.stream().map(String::valueOf).toList()))));
        }
    }
}
