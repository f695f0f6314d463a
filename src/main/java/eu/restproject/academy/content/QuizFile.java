package eu.restproject.academy.content;

import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Optional;

/** Reads one quiz file on its own, for authoring and import, with the same checks as within a bundle. */
public final class QuizFile {

    /** The quiz, when the file has no problem, and every problem found. */
    public record Outcome(Optional<Quiz> quiz, List<Problem> problems) {
    }

    private QuizFile() {
    }

    public static Outcome read(String path, String text) {
        Problems problems = new Problems();
        Optional<Quiz> quiz = new QuizReader(path, problems).read(text);
        return new Outcome(problems.isEmpty() ? quiz : Optional.empty(), problems.list());
    }
}
