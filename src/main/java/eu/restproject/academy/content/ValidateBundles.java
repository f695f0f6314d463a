package eu.restproject.academy.content;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authors' validator: {@code mvn -q compile exec:java -Dexec.args="modules-content"}. Takes a
 * content folder ({@code <module>/<version>/}), one module's folder, one bundle folder, or a zip archive; prints
 * {@code file:line: message} per problem and exits 1 if there is any (2 when called wrongly, for
 * example with a path that does not exist).
 */
public final class ValidateBundles {

    private static final String USAGE =
            "usage: ValidateBundles <content folder | module folder | bundle folder | bundle.zip> …";

    private ValidateBundles() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Checks every path and returns the exit code: 0 when all is valid, 1 for problems, 2 for a wrong call. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> missing = args.stream().filter(arg -> !exists(arg)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(arg -> err.println(printable(arg) + ": no such file or folder"));
            err.println(USAGE);
            return 2;
        }
        int problems = 0;
        int bundles = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            try {
                List<Checked> checked = check(path);
                if (checked.isEmpty()) {
                    out.println(path + ": no module bundles found in " + path);
                    problems++;
                }
                for (Checked one : checked) {
                    bundles++;
                    problems += one.report(out);
                }
            } catch (IOException | UncheckedIOException e) {
                out.println(path + ": cannot be read (" + e.getMessage() + ")");
                problems++;
            }
        }
        out.println(bundles + " bundle(s) checked, " + problems + " problem(s)");
        return problems == 0 ? 0 : 1;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * One bundle's place and its problems. Problems of a folder are printed with the file's path;
     * those of an archive with the entry's name as the archive holds it, which may be hostile
     * ({@code ../../x}, {@code /etc/x}) and is therefore never resolved against a real path.
     */
    record Checked(Path location, boolean archive, List<Problem> problems) {
        int report(PrintStream out) {
            problems.forEach(p -> out.println(where(p.file()) + ":" + p.line() + ": " + printable(p.message())));
            return problems.size();
        }

        private String where(String file) {
            if (file.equals(location.toString())
                    || archive && file.equals(location.getFileName().toString())) {
                return location.toString();
            }
            if (archive || BundleReader.unsafePath(file).isPresent()) {
                return location + ": " + printable(file);
            }
            return location.resolve(file).normalize().toString();
        }
    }

    /** Control characters of hostile names are shown escaped, so that they cannot drive the author's terminal. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    static List<Checked> check(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(new Checked(path, true, archive(path)));
        }
        if (Files.isRegularFile(path.resolve(ManifestReader.FILE))) {
            // One version in its module's folder is checked against the versions before it.
            Path version = path.toAbsolutePath().normalize();
            Path module = version.getParent();
            if (module != null && ContentFolder.isModuleFolder(module)) {
                return check(module).stream()
                        .filter(c -> c.location().toAbsolutePath().normalize().equals(version))
                        .toList();
            }
            return List.of(folder(path, null).checked());
        }
        List<Checked> results = new ArrayList<>();
        Map<String, Manifest> previous = new HashMap<>();
        // One module's folder (its versions), or a content folder (modules and their versions).
        path = named(path);
        List<Path> versions = ContentFolder.isModuleFolder(path)
                ? ContentFolder.versionsInOrder(path).toList()
                : ContentFolder.bundleFolders(path);
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

    private static List<Problem> archive(Path path) throws IOException {
        String name = path.getFileName().toString();
        try {
            BundleReader.Read read = BundleReader.zip(name, Files.readAllBytes(path));
            return read.files()
                    .map(f -> BundleValidator.validate(f, null, null).problems())
                    .orElse(read.problems());
        } catch (UnreadableArchiveException e) {
            return List.of(new Problem(name, 0, e.reason()));
        }
    }

    private record FolderResult(Checked checked, Optional<Manifest> manifest) {}

    private static FolderResult folder(Path folder, Manifest previous) {
        BundleReader.Read read = BundleReader.folder(folder);
        if (read.files().isEmpty()) {
            return new FolderResult(new Checked(folder, false, read.problems()), Optional.empty());
        }
        Path parent = folder.toAbsolutePath().normalize().getParent();
        boolean inContentFolder = parent != null
                && SemanticVersion.parse(folder.getFileName().toString()).isPresent();
        BundleValidator.Outcome outcome = BundleValidator.validate(
                read.files().get(),
                inContentFolder ? parent.getFileName().toString() : null,
                inContentFolder ? folder.getFileName().toString() : null);
        List<Problem> problems = new ArrayList<>(outcome.problems());
        Optional<Manifest> manifest = outcome.bundle().map(ValidBundle::manifest);
        manifest.ifPresent(m -> problems.addAll(BundleValidator.checkSuccession(previous, m)));
        return new FolderResult(new Checked(folder, false, problems), manifest);
    }
}
