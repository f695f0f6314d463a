package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.content.RenderedLessons;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.security.FormToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One lesson, read in the learner's language (or English with a notice), with the country
 * sections for the learner's country; staff see every country's section, labelled. The page is
 * stateless: the lesson HTML comes rendered from {@link RenderedLessons}.
 */
@Named
@RequestScoped
public class LessonView {

    /** A piece of the lesson; {@code countries} is empty for text meant for everyone. */
    public record Part(Set<Country> countries, String html) {
        public boolean isForCountries() {
            return !countries.isEmpty();
        }
    }

    private String module;
    private String lesson;
    private ModuleProgress progress;
    private ModuleProgress.LessonState state;
    private RenderedLessons.Rendered rendered;
    private List<Part> parts;
    private Language language;

    @Inject
    private Progress progressService;

    @Inject
    private RenderedLessons renderedLessons;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private HttpServletRequest request;

    public void load() {
        Caller caller = currentCaller.get();
        language = languagePreference.getLanguage();
        progress = progressService.of(caller, module);
        state = progress.state(lesson).orElseThrow(() -> new NotFoundException("error.lesson.notFound"));
        rendered = renderedLessons.lesson(progress.version(), lesson, language);
        parts = rendered.segments().stream()
                .filter(segment -> segment.countries().isEmpty()
                        || caller.isStaff()
                        || segment.countries().contains(caller.country()))
                .map(segment -> new Part(segment.countries(), segment.html()))
                .toList();
    }

    public String text(Map<Language, String> texts) {
        return Localized.pick(texts, language);
    }

    public boolean isFallback() {
        return rendered.language() != language;
    }

    public Optional<Manifest.Lesson> getNext() {
        List<Manifest.Lesson> lessons = progress.manifest().lessons();
        int index = lessons.indexOf(state.lesson());
        return index + 1 < lessons.size() ? Optional.of(lessons.get(index + 1)) : Optional.empty();
    }

    public Optional<Manifest.Lesson> getPrevious() {
        List<Manifest.Lesson> lessons = progress.manifest().lessons();
        int index = lessons.indexOf(state.lesson());
        return index > 0 ? Optional.of(lessons.get(index - 1)) : Optional.empty();
    }

    public int getPosition() {
        return progress.manifest().lessons().indexOf(state.lesson()) + 1;
    }

    public String getFormToken() {
        return FormToken.of(request);
    }

    public List<Part> getParts() {
        return parts;
    }

    public ModuleProgress getProgress() {
        return progress;
    }

    public ModuleProgress.LessonState getState() {
        return state;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
