package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.platform.web.Urls;
import eu.restproject.academy.quiz.Quiz;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's overview: its lessons with the learner's status, where to continue, and "start the
 * quiz". View scoped, so that the quiz list the buttons were rendered from is still there when one
 * of them is pressed.
 */
@Named
@ViewScoped
public class ModuleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private boolean finished;
    private String refused;
    private transient ModuleProgress progress;
    private Language language;

    @Inject
    private transient Progress progressService;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private transient Library library;

    @Inject
    private transient Attempts attempts;

    private transient List<QuizEntry> quizzes = List.of();

    /** A quiz of the module with the learner's attempts at it. */
    public record QuizEntry(Quiz quiz, List<QuizAttempt> attempts) {
        public boolean isOpen() {
            return attempts.stream().anyMatch(a -> !a.isSubmitted());
        }

        public Optional<QuizAttempt> getLastSubmitted() {
            return attempts.stream().filter(QuizAttempt::isSubmitted).reduce((first, second) -> second);
        }

        public boolean isAttemptsLeft() {
            return isOpen()
                    || quiz.maxAttempts().map(max -> attempts.size() < max).orElse(true);
        }
    }

    public void load() {
        language = languagePreference.getLanguage();
        progress = progressService.of(currentCaller.get(), id);
        quizzes = library.bundle(progress.version()).quizzes().values().stream()
                .map(quiz -> new QuizEntry(quiz, attempts.history(currentCaller.get(), id, quiz.id())))
                .toList();
        if (finished && progress.isFinished()) {
            FacesMessages.info("module.finished");
        }
        if (refused != null && refused.startsWith("error.attempt.")) {
            FacesMessages.error(refused, "");
        }
    }

    /**
     * "Start the quiz": opens a new attempt, or the one still open, and goes there; a refusal (no
     * attempts left, quiz closed) comes back to this page as a message.
     */
    public void startQuiz(String quiz) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target;
        try {
            target = "/learn/attempt.xhtml?id="
                    + attempts.start(currentCaller.get(), id, quiz).getId();
        } catch (AcademyException refusal) {
            target = "/learn/module.xhtml?id=" + Urls.encode(id) + "&refused=" + Urls.encode(refusal.messageKey());
        }
        external.redirect(external.getRequestContextPath() + target);
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    public List<QuizEntry> getQuizzes() {
        return quizzes;
    }

    public String text(Map<Language, String> texts) {
        return Localized.pick(texts, language);
    }

    public List<Language> getLanguages() {
        return Lessons.languages(progress);
    }

    public ModuleProgress getProgress() {
        return progress;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished(boolean finished) {
        this.finished = finished;
    }
}
