package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Score;
import eu.restproject.academy.quiz.statistics.OutcomeCount.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sittings answered to one question. Choice questions count each option (a multiple
 * choice sitting counts once for every option it ticked), case studies the ending reached, other
 * types the band of the score (full, partial, zero), since their answers are too varied to list.
 * Every list ends with "not answered", so that the counts always account for every sitting.
 *
 * <p>The sittings must belong to the quiz version analysed: an option the question does not have
 * or a path the case does not allow is refused rather than dropped from the counts.
 */
final class AnswerDistribution {

    private AnswerDistribution() {}

    static List<OutcomeCount> of(Question question, List<Sitting> sittings) {
        List<OutcomeCount> counts = new ArrayList<>();
        if (question instanceof ChoiceQuestion choice) {
            counts.addAll(options(choice, sittings));
        } else if (question instanceof CaseStudy study) {
            counts.addAll(endings(study, sittings));
        } else {
            counts.addAll(bands(question, sittings));
        }
        long unanswered =
                sittings.stream().filter(s -> s.answer(question.id()).isEmpty()).count();
        counts.add(OutcomeCount.of(Outcome.NOT_ANSWERED, unanswered));
        return counts;
    }

    private static List<OutcomeCount> options(ChoiceQuestion question, List<Sitting> sittings) {
        Map<String, Long> chosen = new LinkedHashMap<>();
        question.options().forEach(option -> chosen.put(option.id(), 0L));
        for (Sitting sitting : sittings) {
            Optional<Answer> answer = sitting.answer(question.id());
            if (answer.isPresent()) {
                if (!(answer.get() instanceof Answer.Choice choice)) {
                    throw unknown(sitting, question, "answer kind");
                }
                for (String optionId : choice.optionIds()) {
                    if (!chosen.containsKey(optionId)) {
                        throw unknown(sitting, question, "option " + optionId);
                    }
                    chosen.merge(optionId, 1L, Long::sum);
                }
            }
        }
        return chosen.entrySet().stream()
                .map(e -> new OutcomeCount(Outcome.OPTION, e.getKey(), e.getValue()))
                .toList();
    }

    private static List<OutcomeCount> endings(CaseStudy study, List<Sitting> sittings) {
        Map<String, Long> reached = new LinkedHashMap<>();
        study.steps().values().stream()
                .filter(CaseStudy.Ending.class::isInstance)
                .forEach(e -> reached.put(e.id(), 0L));
        long unfinished = 0;
        for (Sitting sitting : sittings) {
            Optional<Answer> answer = sitting.answer(study.id());
            if (answer.isEmpty()) {
                continue;
            }
            CaseStudy.Position position = play(study, answer.get(), sitting);
            if (position.isFinished()) {
                reached.merge(position.current().id(), 1L, Long::sum);
            } else {
                unfinished++;
            }
        }
        List<OutcomeCount> counts = new ArrayList<>();
        reached.forEach((id, count) -> counts.add(new OutcomeCount(Outcome.ENDING, id, count)));
        counts.add(OutcomeCount.of(Outcome.UNFINISHED, unfinished));
        return counts;
    }

    private static List<OutcomeCount> bands(Question question, List<Sitting> sittings) {
        long full = 0;
        long partial = 0;
        long zero = 0;
        for (Sitting sitting : sittings) {
            if (sitting.answer(question.id()).isEmpty()) {
                continue;
            }
            Score score = sitting.score(question);
            if (score.points().signum() == 0) {
                zero++;
            } else if (score.points().compareTo(score.max()) >= 0) {
                full++;
            } else {
                partial++;
            }
        }
        return List.of(
                OutcomeCount.of(Outcome.FULL, full),
                OutcomeCount.of(Outcome.PARTIAL, partial),
                OutcomeCount.of(Outcome.ZERO, zero));
    }

    private static CaseStudy.Position play(CaseStudy study, Answer answer, Sitting sitting) {
        if (!(answer instanceof Answer.Path path)) {
            throw unknown(sitting, study, "answer kind");
        }
        try {
            return study.play(path.choiceIds(), sitting.country());
        } catch (InvalidInputException e) {
            throw unknown(sitting, study, "path " + path.choiceIds());
        }
    }

    private static IllegalArgumentException unknown(Sitting sitting, Question question, String what) {
        return new IllegalArgumentException("attempt " + sitting.attemptId() + " has an " + what + " that question "
                + question.id() + " of this quiz version does not allow");
    }
}
