package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.content.RenderedLessons;
import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.web.Urls;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One lesson, read in the learner's language (or English with a notice), with the country
 * sections for the learner's country; staff see every country's section, labelled. The lesson
 * HTML comes rendered from {@link RenderedLessons}. View scoped, because "mark as done" posts back to
 * the page, and the view state of that post is its protection against forged posts.
 */
@Named
@ViewScoped
public class LessonView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A piece of the lesson; {@code countries} is empty for text meant for everyone. */
    public record Part(Set<Country> countries, String html) {
        public boolean isForCountries() {
            return !countries.isEmpty();
        }
    }

    private String module;
    private String lesson;
    private transient ModuleProgress progress;
    private transient ModuleProgress.LessonState state;
    private transient RenderedLessons.Rendered rendered;
    private transient List<Part> parts;
    private Language language;

    @Inject
    private transient Progress progressService;

    @Inject
    private transient RenderedLessons renderedLessons;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

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

    /**
     * "Mark as done and continue": records the completion and sends the learner on by GET (post,
     * then redirect, so that reloading never posts twice).
     */
    public void complete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            progressService.complete(currentCaller.get(), module, lesson);
        } catch (AcademyException refusal) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        String target = getNext()
                .map(next -> "/learn/lesson.xhtml?module=" + Urls.encode(module) + "&lesson=" + Urls.encode(next.id()))
                .orElse("/learn/module.xhtml?id=" + Urls.encode(module) + "&finished=true");
        external.redirect(external.getRequestContextPath() + target);
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
