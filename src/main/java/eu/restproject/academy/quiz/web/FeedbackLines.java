package eu.restproject.academy.quiz.web;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback a learner of a country gets on an answer: for choices, every option chosen or
 * correct, marked right or wrong; for a case study, each choice taken and the ground of its ending.
 * Shared by the attempt page (immediate feedback) and the authors' preview.
 */
public final class FeedbackLines {

    /** One line: what it is about, its text, and the legal ground it cites (empty when none). */
    public record Line(String about, String text, String ground) implements Serializable {}

    private FeedbackLines() {}

    public static List<Line> of(Quiz.Item item, Answer answer, Country country, Language language) {
        List<Line> lines = new ArrayList<>();
        if (item.question() instanceof ChoiceQuestion question && answer instanceof Answer.Choice choice) {
            for (ChoiceQuestion.Option option : question.options()) {
                boolean chosen = choice.optionIds().contains(option.id());
                boolean correct = question.correctFor(country).contains(option.id());
                if (chosen || correct) {
                    lines.add(line(
                            QuestionLayout.label(item, option.id(), language) + (correct ? " ✓" : " ✗"),
                            question.feedbackFor(option.id(), country),
                            language));
                }
            }
        } else if (item.question() instanceof CaseStudy study && answer instanceof Answer.Path path) {
            CaseStudy.Position position = study.play(path.choiceIds(), country);
            for (int i = 0; i < position.taken().size(); i++) {
                CaseStudy.Choice choice = position.taken().get(i);
                if (!choice.feedback().text().isEmpty()) {
                    lines.add(line(
                            QuestionLayout.label(item, position.visited().get(i) + "/" + choice.id(), language),
                            choice.feedback(),
                            language));
                }
            }
            // The ending's debrief is shown as the last step of the case; only its legal ground is added here.
            if (position.current() instanceof CaseStudy.Ending ending
                    && ending.debrief().ground().isPresent()) {
                lines.add(line(
                        "", new Feedback(java.util.Map.of(), ending.debrief().ground()), language));
            }
        }
        return lines;
    }

    private static Line line(String about, Feedback feedback, Language language) {
        return new Line(
                about,
                QuestionLayout.text(feedback.text(), language),
                feedback.ground().map(g -> g.instrument() + ", " + g.article()).orElse(""));
    }
}
