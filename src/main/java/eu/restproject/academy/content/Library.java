package eu.restproject.academy.content;

import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published module versions, and their bundles read back from the database. A version never
 * changes, so its parsed bundle is kept in memory once read.
 */
@ApplicationScoped
public class Library {

    @PersistenceContext
    private EntityManager em;

    private final Map<Long, ValidBundle> bundles = new ConcurrentHashMap<>();

    /** Every version of a module, oldest first, retired ones included. */
    public List<ModuleVersion> versions(String moduleId) {
        return em.createNamedQuery("ModuleVersion.ofModule", ModuleVersion.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    /** Every module's versions, oldest first. */
    public Map<String, List<ModuleVersion>> all() {
        return em.createNamedQuery("ModuleVersion.all", ModuleVersion.class)
                .getResultStream()
                .collect(Collectors.groupingBy(ModuleVersion::getModuleId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The ids of at most {@code max} published modules, in no particular order. */
    public List<String> someModuleIds(int max) {
        return em.createQuery("select distinct v.moduleId from ModuleVersion v", String.class)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<ModuleVersion> find(String moduleId, String version) {
        return versions(moduleId).stream()
                .filter(v -> v.getVersion().equals(version))
                .findFirst();
    }

    /** The version learners read: the highest one not retired. */
    public Optional<ModuleVersion> current(String moduleId) {
        return currentOf(versions(moduleId));
    }

    public static Optional<ModuleVersion> currentOf(List<ModuleVersion> versions) {
        return versions.stream().filter(v -> !v.isRetired()).reduce((first, second) -> second);
    }

    public ModuleVersion getCurrent(String moduleId) {
        return current(moduleId).orElseThrow(() -> new NotFoundException("error.module.notFound"));
    }

    /** The files of a stored version, exactly as they were published. */
    public BundleFiles files(ModuleVersion version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        em.createNamedQuery("BundleFile.ofVersion", BundleFile.class)
                .setParameter("version", version.getId())
                .getResultStream()
                .forEach(file -> files.put(file.getPath(), file.getContent()));
        return new BundleFiles(version.getModuleId() + "/" + version.getVersion(), files);
    }

    /** The bundle of a stored version; it was valid when published, so it is valid now. */
    public ValidBundle bundle(ModuleVersion version) {
        return bundles.computeIfAbsent(version.getId(), id -> {
            BundleValidator.Outcome outcome = BundleValidator.validate(files(version), null, null);
            return outcome.bundle()
                    .orElseThrow(() -> new IllegalStateException("Stored bundle " + version.getModuleId() + " "
                            + version.getVersion() + " no longer validates: " + outcome.problems()));
        });
    }

    /** Each version's change marker per lesson id, in version order: what {@link ProgressRules} walks. */
    public List<Map.Entry<SemanticVersion, Map<String, Change>>> changeChain(List<ModuleVersion> versions) {
        return versions.stream()
                .map(v -> Map.entry(
                        v.semanticVersion(),
                        bundle(v).manifest().lessons().stream()
                                .collect(Collectors.toMap(Manifest.Lesson::id, Manifest.Lesson::change))))
                .toList();
    }
}
