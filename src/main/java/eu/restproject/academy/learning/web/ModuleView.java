package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.security.FormToken;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A module's overview: its lessons with the learner's status, and where to continue. */
@Named
@RequestScoped
public class ModuleView {

    private String id;
    private boolean finished;
    private String refused;
    private ModuleProgress progress;
    private Language language;

    @Inject
    private Progress progressService;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private Library library;

    @Inject
    private Attempts attempts;

    private List<QuizEntry> quizzes = List.of();

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

    public String getFormToken() {
        return FormToken.of((jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
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
