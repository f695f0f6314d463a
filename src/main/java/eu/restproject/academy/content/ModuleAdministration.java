package eu.restproject.academy.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the network admin does with module versions: upload, retire, reinstate, compare. */
@ApplicationScoped
public class ModuleAdministration {

    /** An uploaded archive larger than this is refused before it is even opened. */
    public static final long MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;

    /** How one lesson differs between two versions; {@code lines} is a unified diff of the English text. */
    public record LessonDiff(
            String lessonId,
            Map<Language, String> title,
            Optional<Change> change,
            Map<Language, String> note,
            Kind kind,
            List<String> lines) {
        /** Whether the lesson was added, removed, changed or left as it was. */
        public enum Kind {
            ADDED,
            REMOVED,
            CHANGED,
            SAME
        }
    }

    @Inject
    private Library library;

    @Inject
    private BundlePublisher publisher;

    public Map<String, List<ModuleVersion>> history(Caller admin) {
        admin.require(Role.ADMIN);
        return library.all();
    }

    /**
     * Publishes an uploaded archive if the whole bundle is valid.
     *
     * @throws UnreadableArchiveException when the file is not a zip archive, or a damaged or empty one
     */
    public BundlePublisher.Publication upload(Caller admin, String archiveName, byte[] archive) {
        admin.require(Role.ADMIN);
        if (archive.length > MAX_ARCHIVE_BYTES) {
            return BundlePublisher.Publication.refused(List.of(new Problem(
                    archiveName, 0, "the archive is larger than " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MiB")));
        }
        BundleReader.Read read = BundleReader.zip(archiveName, archive);
        if (read.files().isEmpty()) {
            return BundlePublisher.Publication.refused(read.problems());
        }
        return publisher.publish(read.files().get(), ModuleVersion.Source.UPLOAD, null, null);
    }

    public ModuleVersion retire(Caller admin, String moduleId, String version) {
        admin.require(Role.ADMIN);
        return publisher.retire(moduleId, version);
    }

    public ModuleVersion reinstate(Caller admin, String moduleId, String version) {
        admin.require(Role.ADMIN);
        return publisher.reinstate(moduleId, version);
    }

    /** Lesson by lesson, in the newer version's order followed by lessons it dropped. */
    public List<LessonDiff> compare(Caller admin, String moduleId, String fromVersion, String toVersion) {
        admin.require(Role.ADMIN);
        ValidBundle from = library.bundle(
                library.find(moduleId, fromVersion).orElseThrow(() -> new NotFoundException("error.module.notFound")));
        ValidBundle to = library.bundle(
                library.find(moduleId, toVersion).orElseThrow(() -> new NotFoundException("error.module.notFound")));
        Map<String, Manifest.Lesson> before =
                from.manifest().lessons().stream().collect(Collectors.toMap(Manifest.Lesson::id, l -> l));
        Map<String, Manifest.Lesson> after =
                to.manifest().lessons().stream().collect(Collectors.toMap(Manifest.Lesson::id, l -> l));
        Set<String> ids = new LinkedHashSet<>();
        to.manifest().lessons().forEach(l -> ids.add(l.id()));
        from.manifest().lessons().forEach(l -> ids.add(l.id()));
        List<LessonDiff> diffs = new ArrayList<>();
        for (String id : ids) {
            Manifest.Lesson newer = after.get(id);
            Manifest.Lesson older = before.get(id);
            List<String> oldLines = englishLines(from, id);
            List<String> newLines = englishLines(to, id);
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
                    fromVersion, toVersion, oldLines, DiffUtils.diff(oldLines, newLines), 2);
            LessonDiff.Kind kind = newer == null
                    ? LessonDiff.Kind.REMOVED
                    : older == null
                            ? LessonDiff.Kind.ADDED
                            : unified.isEmpty() ? LessonDiff.Kind.SAME : LessonDiff.Kind.CHANGED;
            Manifest.Lesson shown = newer != null ? newer : older;
            diffs.add(new LessonDiff(
                    id,
                    shown.title(),
                    Optional.ofNullable(newer).map(Manifest.Lesson::change),
                    newer == null ? Map.of() : newer.note(),
                    kind,
                    unified.stream().skip(Math.min(2, unified.size())).toList()));
        }
        return diffs;
    }

    private static List<String> englishLines(ValidBundle bundle, String lessonId) {
        var texts = bundle.lessons().get(lessonId);
        if (texts == null || !texts.containsKey(Language.EN)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (LessonMarkdown.Segment segment : texts.get(Language.EN)) {
            if (!segment.forEveryone()) {
                lines.add("::: country "
                        + segment.countries().stream().map(Enum::name).collect(Collectors.joining(" ")));
            }
            lines.addAll(Arrays.asList(segment.markdown().split("\n")));
            if (!segment.forEveryone()) {
                lines.add(":::");
            }
        }
        return lines;
    }
}
