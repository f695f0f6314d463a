package eu.restproject.academy.authoring.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.quiz.QuestionLayout;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The modules whose quizzes trainers can author: every module with a current version. */
@Named
@RequestScoped
public class AuthorModulesView {

    /** A module as listed: id, title, current version and its number of quizzes. */
    public record Entry(String id, String title, String version, int quizzes) {}

    private List<Entry> modules;

    @Inject
    private Library library;

    @Inject
    private LanguagePreference languagePreference;

    @PostConstruct
    void load() {
        modules = library.all().values().stream()
                .map(Library::currentOf)
                .flatMap(java.util.Optional::stream)
                .map(this::entry)
                .toList();
    }

    private Entry entry(ModuleVersion version) {
        var bundle = library.bundle(version);
        return new Entry(
                version.getModuleId(),
                QuestionLayout.text(bundle.manifest().title(), languagePreference.getLanguage()),
                version.getVersion(),
                bundle.quizzes().size());
    }

    public List<Entry> getModules() {
        return modules;
    }
}
