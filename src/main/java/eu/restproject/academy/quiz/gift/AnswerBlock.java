package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the answer block of one GIFT question (between its braces) into one of our question types,
 * following Moodle: {@code ~} answers make a choice question (single when one answer is {@code =},
 * multiple when none is and weights mark the correct ones), only {@code =} answers make a short
 * answer, or matching when they hold {@code ->}. Every question is worth 1 point, as GIFT has none.
 */
final class AnswerBlock {

    /** Answers one question may have; Moodle's own forms offer far fewer. */
    static final int MAX_ANSWERS = 200;

    /** A question still waiting for its id, with the labels of its options, prompts and answers. */
    record Built(Function<String, Question> question, Map<String, Map<Language, String>> labels) {}

    private final GiftText text;
    private final Language language;
    private final TextFormat format;
    private final List<GiftNote> notes;
    private final int questionLine;

    AnswerBlock(GiftText text, Language language, TextFormat format, List<GiftNote> notes, int questionLine) {
        this.text = text;
        this.language = language;
        this.format = format;
        this.notes = notes;
        this.questionLine = questionLine;
    }

    Built read(int from, int to) throws SkippedQuestion {
        int end = to;
        int general = text.find("####", from, to);
        if (general >= 0) {
            notes.add(GiftNote.warning(text.line(general), "gift.unsupported.generalfeedback"));
            end = general;
        }
        int start = text.skipSpace(from, end);
        if (start == end) {
            return new Built(id -> new EssayQuestion(id, BigDecimal.ONE), Map.of());
        }
        char first = text.charAt(start);
        if (first == '#') {
            throw new SkippedQuestion(GiftNote.warning(text.line(start), "gift.unsupported.numerical"));
        }
        if (first != '=' && first != '~') {
            return trueFalse(start, end);
        }
        List<GiftAnswer> answers = GiftAnswer.split(text, start, end);
        if (answers.size() > MAX_ANSWERS) {
            throw new SkippedQuestion(GiftNote.error(text.line(start), "gift.answers.tooMany", MAX_ANSWERS));
        }
        if (answers.stream().anyMatch(a -> !a.right())) {
            return choice(answers);
        }
        if (answers.stream().anyMatch(a -> text.find("->", a.from(), a.to()) >= 0)) {
            return matching(answers);
        }
        return shortAnswer(answers);
    }

    /** {@code {T#when wrong#when right}}: Moodle's first feedback is for a wrong answer, the second for a right one. */
    private Built trueFalse(int start, int end) throws SkippedQuestion {
        int firstHash = text.find('#', start, end);
        String value = text.plain(start, firstHash < 0 ? end : firstHash).toUpperCase(Locale.ROOT);
        if (!List.of("T", "TRUE", "F", "FALSE").contains(value)) {
            throw new SkippedQuestion(GiftNote.error(text.line(start), "gift.syntax"));
        }
        boolean truth = value.startsWith("T");
        Optional<String> whenWrong = Optional.empty();
        Optional<String> whenRight = Optional.empty();
        if (firstHash >= 0) {
            int secondHash = text.find('#', firstHash + 1, end);
            whenWrong = Optional.of(text.plain(firstHash + 1, secondHash < 0 ? end : secondHash));
            if (secondHash >= 0) {
                int thirdHash = text.find('#', secondHash + 1, end);
                if (thirdHash >= 0) {
                    throw new SkippedQuestion(GiftNote.error(text.line(thirdHash), "gift.syntax"));
                }
                whenRight = Optional.of(text.plain(secondHash + 1, end));
            }
        }
        Feedback onTrue = feedback(truth ? whenRight : whenWrong);
        Feedback onFalse = feedback(truth ? whenWrong : whenRight);
        return new Built(id -> ChoiceQuestion.trueFalse(id, BigDecimal.ONE, truth, onTrue, onFalse), Map.of());
    }

    private Built choice(List<GiftAnswer> answers) throws SkippedQuestion {
        if (answers.size() < 2) {
            throw new SkippedQuestion(GiftNote.error(questionLine, "gift.choice.options"));
        }
        boolean multiple = answers.stream().noneMatch(GiftAnswer::right);
        List<ChoiceQuestion.Option> options = new ArrayList<>();
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        for (GiftAnswer answer : answers) {
            String id = optionId(options.size());
            boolean correct =
                    multiple ? answer.weight().map(w -> w.signum() > 0).orElse(false) : answer.right();
            labels.put(id, Map.of(language, label(answer, answer.from(), answer.to())));
            options.add(new ChoiceQuestion.Option(id, correct, feedback(answer.feedback())));
        }
        int correct =
                (int) options.stream().filter(ChoiceQuestion.Option::correct).count();
        if (correct == 0) {
            throw new SkippedQuestion(GiftNote.error(questionLine, "gift.nocorrect"));
        }
        if (!multiple && correct > 1) {
            throw new SkippedQuestion(GiftNote.error(questionLine, "gift.choice.onecorrect"));
        }
        if (!multiple && answers.stream().anyMatch(a -> a.weight().isPresent())) {
            notes.add(GiftNote.warning(questionLine, "gift.weight.single"));
        }
        int incorrect = options.size() - correct;
        if (multiple
                && !answers.stream()
                        .allMatch(a -> RightMinusWrong.agrees(
                                a.weight().orElse(BigDecimal.ZERO),
                                a.weight().orElse(BigDecimal.ZERO).signum() > 0,
                                correct,
                                incorrect))) {
            notes.add(GiftNote.warning(questionLine, "gift.weight.differs"));
        }
        return new Built(
                id -> new ChoiceQuestion(id, BigDecimal.ONE, multiple, List.copyOf(options), Map.of()), labels);
    }

    /** Prompts become p1, p2…; answers a1, a2… in order of appearance, the same text being the same answer. */
    private Built matching(List<GiftAnswer> answers) throws SkippedQuestion {
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, String> answerIds = new LinkedHashMap<>();
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        boolean extras = false;
        for (GiftAnswer answer : answers) {
            int arrow = text.find("->", answer.from(), answer.to());
            if (arrow < 0) {
                throw new SkippedQuestion(GiftNote.error(answer.line(), "gift.matching.arrow"));
            }
            String prompt = format.apply(text.plain(answer.from(), arrow));
            String target = label(answer, arrow + 2, answer.to());
            String answerId = answerIds.computeIfAbsent(target, t -> "a" + (answerIds.size() + 1));
            labels.putIfAbsent(answerId, Map.of(language, target));
            if (!prompt.isEmpty()) {
                String promptId = "p" + (pairs.size() + 1);
                pairs.put(promptId, answerId);
                labels.put(promptId, Map.of(language, prompt));
            }
            extras |= answer.feedback().isPresent() || answer.weight().isPresent();
        }
        if (extras) {
            notes.add(GiftNote.warning(questionLine, "gift.matching.extras"));
        }
        if (pairs.size() < 2) {
            throw new SkippedQuestion(GiftNote.error(questionLine, "gift.matching.pairs"));
        }
        return new Built(
                id -> new MatchingQuestion(id, BigDecimal.ONE, pairs, new LinkedHashSet<>(answerIds.values())), labels);
    }

    /** Answers weighted 0 % or less only carried feedback in Moodle, so they are not accepted. */
    private Built shortAnswer(List<GiftAnswer> answers) throws SkippedQuestion {
        List<String> accepted = new ArrayList<>();
        boolean weighted = false;
        boolean feedback = false;
        for (GiftAnswer answer : answers) {
            String value = label(answer, answer.from(), answer.to());
            weighted |= answer.weight().isPresent() && !answer.weighs(BigDecimal.valueOf(100));
            feedback |= answer.feedback().isPresent();
            if (answer.weight().map(w -> w.signum() > 0).orElse(true)) {
                accepted.add(value);
            }
        }
        if (weighted) {
            notes.add(GiftNote.warning(questionLine, "gift.weight.ignored"));
        }
        if (feedback) {
            notes.add(GiftNote.warning(questionLine, "gift.feedback.dropped"));
        }
        if (accepted.isEmpty()) {
            throw new SkippedQuestion(GiftNote.error(questionLine, "gift.nocorrect"));
        }
        return new Built(
                id -> new ShortAnswerQuestion(id, BigDecimal.ONE, List.copyOf(accepted), false, false, Map.of()),
                Map.of());
    }

    private String label(GiftAnswer answer, int from, int to) throws SkippedQuestion {
        String label = format.apply(text.plain(from, to));
        if (label.isEmpty()) {
            throw new SkippedQuestion(GiftNote.error(answer.line(), "gift.answer.empty"));
        }
        return label;
    }

    private Feedback feedback(Optional<String> text) {
        return text.map(format::apply)
                .filter(t -> !t.isEmpty())
                .map(t -> new Feedback(Map.of(language, t), Optional.empty()))
                .orElse(Feedback.NONE);
    }

    /** a, b, … z, aa, ab, … */
    static String optionId(int index) {
        StringBuilder id = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            id.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return id.toString();
    }
}
