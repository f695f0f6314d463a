package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lesson HTML, rendered once per version, lesson and language and then served from memory:
 * versions never change, so the cache never needs invalidating.
 */
@ApplicationScoped
public class RenderedLessons {

    /** A lesson's segments in one language; {@code language} is English when the asked one is missing. */
    public record Rendered(Language language, List<LessonMarkdown.Html> segments) {}

    private record Key(long versionId, String lessonId, Language language) {}

    private final Map<Key, Rendered> cache = new ConcurrentHashMap<>();

    @Inject
    private Library library;

    public Rendered lesson(ModuleVersion version, String lessonId, Language wanted) {
        return cache.computeIfAbsent(new Key(version.getId(), lessonId, wanted), key -> {
            Map<Language, List<LessonMarkdown.Segment>> texts =
                    library.bundle(version).lessons().get(lessonId);
            Language shown = texts.containsKey(wanted) ? wanted : Language.EN;
            String assetBase = "/content/" + version.getModuleId() + "/" + version.getVersion() + "/";
            return new Rendered(
                    shown,
                    texts.get(shown).stream()
                            .map(s -> LessonMarkdown.render(s, assetBase))
                            .toList());
        });
    }
}
