package eu.restproject.academy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The layout of a content folder: {@code <module>/<version>/}, each module's versions in ascending order. */
final class ContentFolder {

    private ContentFolder() {}

    static List<Path> bundleFolders(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(Files::isDirectory)
                    .sorted()
                    .flatMap(ContentFolder::versionsInOrder)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code folder} is one module's folder: its subfolders are named as versions. */
    static boolean isModuleFolder(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            return !folders.isEmpty()
                    && folders.stream()
                            .allMatch(f -> SemanticVersion.parse(f.getFileName().toString())
                                    .isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> versionsInOrder(Path module) {
        try (Stream<Path> versions = Files.list(module)) {
            return versions
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparing(
                            (Path p) -> SemanticVersion.parse(p.getFileName().toString())
                                    .orElse(new SemanticVersion(Integer.MAX_VALUE, 0, 0))))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
