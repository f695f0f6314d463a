package eu.restproject.academy.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a bundle as a new module version, all or nothing: a bundle with any problem, a version
 * that was published before with other content, or a version that does not follow the latest one
 * stores nothing.
 */
@ApplicationScoped
public class BundlePublisher {

    /** What happened to a bundle. */
    public enum Result {
        PUBLISHED,
        ALREADY_PUBLISHED,
        REFUSED
    }

    /** The result, the version (when there is one) and every problem. */
    public record Publication(Result result, Optional<ModuleVersion> version, List<Problem> problems) {
        static Publication refused(List<Problem> problems) {
            return new Publication(Result.REFUSED, Optional.empty(), problems);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    /**
     * @param folderId      the module folder's name, when the bundle comes from the content folder
     * @param folderVersion the version folder's name, likewise
     */
    @Transactional
    public Publication publish(BundleFiles files, ModuleVersion.Source source, String folderId, String folderVersion) {
        BundleValidator.Outcome outcome = BundleValidator.validate(files, folderId, folderVersion);
        if (outcome.bundle().isEmpty()) {
            return Publication.refused(outcome.problems());
        }
        ValidBundle bundle = outcome.bundle().get();
        Manifest manifest = bundle.manifest();
        List<ModuleVersion> versions = library.versions(manifest.id());
        Optional<ModuleVersion> same = versions.stream()
                .filter(v -> v.getVersion().equals(manifest.version().toString()))
                .findFirst();
        if (same.isPresent()) {
            if (same.get().getContentHash().equals(bundle.contentHash())) {
                return new Publication(Result.ALREADY_PUBLISHED, same, List.of());
            }
            return Publication.refused(List.of(new Problem(
                    ManifestReader.FILE,
                    1,
                    "version " + manifest.version() + " of "
                            + manifest.id()
                            + " was published before with other content; a published version never changes: publish "
                            + next(manifest.version()) + " instead")));
        }
        Manifest latest = versions.isEmpty()
                ? null
                : library.bundle(versions.get(versions.size() - 1)).manifest();
        List<Problem> problems = new ArrayList<>(BundleValidator.checkSuccession(latest, manifest));
        if (!problems.isEmpty()) {
            return Publication.refused(problems);
        }
        ModuleVersion version = new ModuleVersion(manifest.id(), manifest.version(), bundle.contentHash(), source);
        em.persist(version);
        em.flush();
        files.all().forEach((path, content) -> em.persist(new BundleFile(version.getId(), path, content)));
        return new Publication(Result.PUBLISHED, Optional.of(version), List.of());
    }

    @Transactional
    public ModuleVersion retire(String moduleId, String version) {
        ModuleVersion found = library.find(moduleId, version)
                .orElseThrow(() -> new eu.restproject.academy.platform.NotFoundException("error.module.notFound"));
        ModuleVersion managed = em.find(ModuleVersion.class, found.getId());
        managed.retire(Instant.now());
        return managed;
    }

    @Transactional
    public ModuleVersion reinstate(String moduleId, String version) {
        ModuleVersion found = library.find(moduleId, version)
                .orElseThrow(() -> new eu.restproject.academy.platform.NotFoundException("error.module.notFound"));
        ModuleVersion managed = em.find(ModuleVersion.class, found.getId());
        managed.reinstate();
        return managed;
    }

    private static SemanticVersion next(SemanticVersion version) {
        return new SemanticVersion(version.major(), version.minor(), version.patch() + 1);
    }
}
