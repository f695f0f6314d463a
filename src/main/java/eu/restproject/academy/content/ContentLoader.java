package eu.restproject.academy.content;

import eu.restproject.academy.platform.StartFailure;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start, publishes every bundle under the content folder ({@code academy.content.dir}, by
 * default {@code modules-content} in the working directory) that the database does not have yet.
 * A bad bundle is logged with all its problems and skipped; the platform still starts.
 */
@Startup
@Singleton
@Interceptors(StartFailure.class)
@DependsOn("Database")
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class.getName());

    @Inject
    @ConfigProperty(name = "academy.content.dir", defaultValue = "modules-content")
    String contentDir;

    @Inject
    private BundlePublisher publisher;

    /** Each bundle is published in its own transaction, so one bad bundle cannot undo the others. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        Path root = Path.of(contentDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "No module bundles loaded: the content folder " + root
                    + " does not exist (set ACADEMY_CONTENT_DIR)");
            return;
        }
        int published = 0;
        int known = 0;
        int refused = 0;
        for (Path folder : ContentFolder.bundleFolders(root)) {
            String label = root.relativize(folder).toString();
            try {
                BundleReader.Read read = BundleReader.folder(folder);
                BundlePublisher.Publication publication = read.files().isPresent()
                        ? publisher.publish(
                                read.files().get(),
                                ModuleVersion.Source.FOLDER,
                                folder.getParent().getFileName().toString(),
                                folder.getFileName().toString())
                        : BundlePublisher.Publication.refused(read.problems());
                switch (publication.result()) {
                    case PUBLISHED -> {
                        published++;
                        LOG.info(() -> "Published module bundle " + label);
                    }
                    case ALREADY_PUBLISHED -> known++;
                    case REFUSED -> {
                        refused++;
                        LOG.severe(() -> "Module bundle " + label + " was not loaded:\n"
                                + publication.problems().stream()
                                        .map(p -> "  " + root.resolve(label).resolve(p.file()) + ":" + p.line() + ": "
                                                + p.message())
                                        .collect(Collectors.joining("\n")));
                    }
                }
            } catch (RuntimeException e) {
                refused++;
                LOG.log(Level.SEVERE, "Module bundle " + label + " could not be loaded", e);
            }
        }
        int total = published + known + refused;
        int newOnes = published;
        int refusedOnes = refused;
        LOG.info(() -> "Module bundles in " + root + ": " + total + " found, " + newOnes + " newly published, "
                + refusedOnes + " refused");
    }
}
