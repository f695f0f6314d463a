package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Localized;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** A module's overview: its lessons with the learner's status, and where to continue. */
@Named
@RequestScoped
public class ModuleView {

    private String id;
    private boolean finished;
    private ModuleProgress progress;
    private Language language;

    @Inject
    private Progress progressService;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        language = languagePreference.getLanguage();
        progress = progressService.of(currentCaller.get(), id);
        if (finished && progress.isFinished()) {
            FacesMessages.info("module.finished");
        }
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
