package eu.restproject.academy.content.web;

import eu.restproject.academy.content.ModuleAdministration;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Two versions of a module compared lesson by lesson. */
@Named
@RequestScoped
public class ModuleDiffView {

    private String id;
    private String from;
    private String to;
    private List<ModuleAdministration.LessonDiff> lessons;

    @Inject
    private ModuleAdministration administration;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        lessons = administration.compare(currentCaller.get(), id, from, to);
    }

    public String text(Map<Language, String> texts) {
        return texts.isEmpty() ? "" : Localized.pick(texts, languagePreference.getLanguage());
    }

    /** A CSS class per unified-diff line: added, removed, hunk header or context. */
    public String lineClass(String line) {
        if (line.startsWith("+")) {
            return "diff-added";
        }
        if (line.startsWith("-")) {
            return "diff-removed";
        }
        return line.startsWith("@@") ? "diff-hunk" : "diff-context";
    }

    public List<ModuleAdministration.LessonDiff> getLessons() {
        return lessons;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
