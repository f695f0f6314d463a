package eu.restproject.academy.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The authors' validator: {@code mvn -q compile exec:java -Dexec.args="modules-content"}. Takes a
 * content folder ({@code <module>/<version>/}), one module's folder, one bundle folder, or a zip archive; prints
 * {@code file:line: message} per problem and exits 1 if there is any.
 */
public final class ValidateBundles {

    private ValidateBundles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ValidateBundles <content folder | bundle folder | bundle.zip> …");
            System.exit(2);
        }
        int problems = 0;
        int bundles = 0;
        for (String arg : args) {
            for (Checked checked : check(Path.of(arg))) {
                bundles++;
                problems += checked.report(System.out);
            }
        }
        System.out.println(bundles + " bundle(s) checked, " + problems + " problem(s)");
        System.exit(problems == 0 ? 0 : 1);
    }

    /** One bundle's place and its problems. */
    record Checked(Path location, List<Problem> problems) {
        int report(PrintStream out) {
            problems.forEach(p -> out.println(location.resolve(p.file()).normalize() + ":" + p.line() + ": " + p.message()));
            return problems.size();
        }
    }

    static List<Checked> check(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.toString().endsWith(".zip")) {
            BundleReader.Read read = BundleReader.zip(path.getFileName().toString(), Files.readAllBytes(path));
            List<Problem> problems = read.files().map(f -> BundleValidator.validate(f, null, null).problems()).orElse(read.problems());
            return List.of(new Checked(path, problems));
        }
        if (Files.isRegularFile(path.resolve(ManifestReader.FILE))) {
            // One version in its module's folder is checked against the versions before it.
            Path version = path.toAbsolutePath().normalize();
            Path module = version.getParent();
            if (module != null && ContentFolder.isModuleFolder(module)) {
                return check(module).stream().filter(c -> c.location().toAbsolutePath().normalize().equals(version)).toList();
            }
            return List.of(folder(path, null).checked());
        }
        List<Checked> results = new ArrayList<>();
        Map<String, Manifest> previous = new HashMap<>();
        // One module's folder (its versions), or a content folder (modules and their versions).
        path = named(path);
        List<Path> versions = ContentFolder.isModuleFolder(path) ? ContentFolder.versionsInOrder(path).toList() : ContentFolder.bundleFolders(path);
        for (Path version : versions) {
            String module = version.getParent().getFileName().toString();
            FolderResult result = folder(version, previous.get(module));
            results.add(result.checked());
            result.manifest().ifPresent(m -> previous.put(module, m));
        }
        return results;
    }

    /** The path itself, or its absolute form when it ends in "." or "..", which name no module. */
    private static Path named(Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.normalize().equals(absolute) ? path : absolute.normalize();
    }

    private record FolderResult(Checked checked, Optional<Manifest> manifest) {
    }

    private static FolderResult folder(Path folder, Manifest previous) {
        BundleReader.Read read = BundleReader.folder(folder);
        if (read.files().isEmpty()) {
            return new FolderResult(new Checked(folder, read.problems()), Optional.empty());
        }
        Path parent = folder.toAbsolutePath().normalize().getParent();
        boolean inContentFolder = parent != null && SemanticVersion.parse(folder.getFileName().toString()).isPresent();
        BundleValidator.Outcome outcome = BundleValidator.validate(read.files().get(),
                inContentFolder ? parent.getFileName().toString() : null,
                inContentFolder ? folder.getFileName().toString() : null);
        List<Problem> problems = new ArrayList<>(outcome.problems());
        Optional<Manifest> manifest = outcome.bundle().map(ValidBundle::manifest);
        manifest.ifPresent(m -> problems.addAll(BundleValidator.checkSuccession(previous, m)));
        return new FolderResult(new Checked(folder, problems), manifest);
    }
}
