package eu.restproject.academy.content;

import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Optional;

/** Reads one quiz file on its own, for authoring and import, with the same checks as within a bundle. */
public final class QuizFile {

    /** The quiz, when the file has no problem, and every problem found. */
    public record Outcome(Optional<Quiz> quiz, List<Problem> problems) {}

    private QuizFile() {}

    /**
     * One question on its own (as {@link QuizWriter#questionYaml} writes it), read as the only
     * question of a quiz; lines in problems are those of the question's text.
     */
    public static Outcome readQuestion(String questionYaml) {
        String prefix = "id: bank\ntitle: {en: bank}\npassMark: 0\nquestions:\n";
        String indented = "- " + questionYaml.strip().replace("\n", "\n  ") + "\n";
        Outcome outcome = read("question", prefix + indented);
        int offset = (int) prefix.lines().count();
        return new Outcome(
                outcome.quiz(),
                outcome.problems().stream()
                        .map(p -> new Problem(p.file(), Math.max(0, p.line() - offset), p.message()))
                        .toList());
    }

    public static Outcome read(String path, String text) {
        Problems problems = new Problems();
        Optional<Quiz> quiz = new QuizReader(path, problems).read(text);
        return new Outcome(problems.isEmpty() ? quiz : Optional.empty(), problems.list());
    }
}
