package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The catalogue and "My learning": every current module with the learner's progress. */
@Named
@RequestScoped
public class CatalogueView {

    /** One module as the catalogue shows it. */
    public record Entry(
            String id, String title, String summary, int minutes, List<Language> languages, ModuleProgress progress) {}

    @Inject
    private Progress progress;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    private List<Entry> entries;

    @PostConstruct
    void load() {
        Language language = languagePreference.getLanguage();
        entries = progress.overview(currentCaller.get()).stream()
                .map(p -> {
                    Manifest manifest = p.manifest();
                    return new Entry(
                            manifest.id(),
                            Localized.pick(manifest.title(), language),
                            Localized.pick(manifest.summary(), language),
                            manifest.estimatedMinutes(),
                            Lessons.languages(p),
                            p);
                })
                .toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }
}
