package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a whole bundle and collects every problem with its file and line. The command-line
 * validator and the server (start-up loading and uploads) both use this class.
 */
public final class BundleValidator {

    /** The valid bundle, or every problem found. */
    public record Outcome(Optional<ValidBundle> bundle, List<Problem> problems) {}

    private static final Pattern LESSON_FILE = Pattern.compile("lessons/([^/]+)\\.([a-z]{2})\\.md");
    private static final Pattern QUIZ_FILE = Pattern.compile("quizzes/([^/]+)\\.yaml");
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "gif", new byte[] {'G', 'I', 'F', '8'},
            "webp", new byte[] {'R', 'I', 'F', 'F'},
            "pdf", new byte[] {'%', 'P', 'D', 'F'});

    private BundleValidator() {}

    /**
     * Validates the files of one bundle. {@code folderId} and {@code folderVersion}, when known
     * (bundles in a content folder), must match the manifest.
     */
    public static Outcome validate(BundleFiles files, String folderId, String folderVersion) {
        Problems problems = new Problems();
        Optional<Manifest> manifest = files.find(ManifestReader.FILE)
                .flatMap(bytes -> Text.utf8(ManifestReader.FILE, bytes, problems))
                .flatMap(yaml -> new ManifestReader(problems).read(yaml));
        manifest.ifPresent(m -> {
            if (folderId != null && !folderId.equals(m.id())) {
                problems.add(
                        ManifestReader.FILE,
                        1,
                        "the module id '" + m.id() + "' differs from its folder name '" + folderId + "'");
            }
            if (folderVersion != null && !folderVersion.equals(m.version().toString())) {
                problems.add(
                        ManifestReader.FILE,
                        1,
                        "the version " + m.version() + " differs from its folder name '" + folderVersion + "'");
            }
        });
        Set<String> assets = assets(files, problems);
        Map<String, Map<Language, List<LessonMarkdown.Segment>>> lessons = lessons(files, manifest, assets, problems);
        Map<String, Quiz> quizzes = quizzes(files, manifest, problems);
        if (manifest.isEmpty() || !problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems.list());
        }
        Map<String, byte[]> assetFiles = new TreeMap<>();
        assets.forEach(path -> assetFiles.put(path, files.find(path).orElseThrow()));
        return new Outcome(
                Optional.of(new ValidBundle(manifest.get(), lessons, assetFiles, quizzes, hash(files))), List.of());
    }

    /**
     * Checks a new version against the module's previous one: lessons marked new must be new, the
     * others must exist before. {@code previous} is null for a module's first version.
     */
    public static List<Problem> checkSuccession(Manifest previous, Manifest next) {
        Problems problems = new Problems();
        if (previous != null && next.version().compareTo(previous.version()) <= 0) {
            problems.add(
                    ManifestReader.FILE,
                    1,
                    "the version " + next.version() + " must be higher than the latest published "
                            + previous.version());
        }
        Set<String> before = previous == null
                ? Set.of()
                : previous.lessons().stream().map(Manifest.Lesson::id).collect(Collectors.toSet());
        for (Manifest.Lesson lesson : next.lessons()) {
            boolean existed = before.contains(lesson.id());
            if (lesson.change() == Change.NEW && existed) {
                problems.add(
                        ManifestReader.FILE,
                        lesson.line(),
                        "the lesson '" + lesson.id() + "' exists in " + previous.version()
                                + ": mark it unchanged, editorial or substantive");
            } else if (lesson.change() != Change.NEW && !existed) {
                problems.add(
                        ManifestReader.FILE,
                        lesson.line(),
                        "the lesson '" + lesson.id() + "' is marked "
                                + lesson.change().yamlName() + " but "
                                + (previous == null
                                        ? "this is the module's first version"
                                        : "it does not exist in " + previous.version())
                                + ": mark it new");
            }
        }
        return problems.list();
    }

    private static Set<String> assets(BundleFiles files, Problems problems) {
        Set<String> assets = new java.util.TreeSet<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            String path = file.getKey();
            if (path.equals(ManifestReader.FILE)
                    || LESSON_FILE.matcher(path).matches()
                    || QUIZ_FILE.matcher(path).matches()) {
                continue;
            }
            if (!path.startsWith("assets/") || path.indexOf('/', "assets/".length()) >= 0) {
                problems.add(
                        path,
                        0,
                        "unexpected file: a bundle holds module.yaml, lessons/<lesson>.<language>.md, "
                                + "quizzes/<quiz>.yaml and assets/<file>");
                continue;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] signature = SIGNATURES.get(extension);
            if (signature == null) {
                problems.add(path, 0, "assets may be images (png, jpg, jpeg, gif, webp) or PDFs, not ." + extension);
            } else if (file.getValue().length < signature.length
                    || !Arrays.equals(Arrays.copyOf(file.getValue(), signature.length), signature)) {
                problems.add(path, 0, "the file's content is not a ." + extension + " file");
            } else {
                assets.add(path);
            }
        }
        return assets;
    }

    private static Map<String, Map<Language, List<LessonMarkdown.Segment>>> lessons(
            BundleFiles files, Optional<Manifest> manifest, Set<String> assets, Problems problems) {
        Set<String> declared = manifest.map(
                        m -> m.lessons().stream().map(Manifest.Lesson::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        Map<String, Map<Language, List<LessonMarkdown.Segment>>> lessons = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            Matcher name = LESSON_FILE.matcher(file.getKey());
            if (!name.matches()) {
                continue;
            }
            String path = file.getKey();
            Optional<Language> language =
                    Language.fromCode(name.group(2)).filter(l -> l.code().equals(name.group(2)));
            if (language.isEmpty()) {
                problems.add(path, 0, "'" + name.group(2) + "' is not one of the languages en, de, fr, es, nl, ro, sr");
                continue;
            }
            if (manifest.isPresent() && !declared.contains(name.group(1))) {
                problems.add(
                        path, 0, "no lesson '" + name.group(1) + "' in module.yaml: add it there or remove the file");
                continue;
            }
            Optional<String> text = Text.utf8(path, file.getValue(), problems);
            if (text.isEmpty()) {
                continue;
            }
            if (text.get().isBlank()) {
                problems.add(path, 1, "the lesson is empty");
                continue;
            }
            List<LessonMarkdown.Segment> segments =
                    LessonMarkdown.segments(path, text.get().replace("\r\n", "\n"), problems);
            segments.forEach(segment -> LessonMarkdown.check(path, segment, assets, problems));
            lessons.computeIfAbsent(name.group(1), id -> new EnumMap<>(Language.class))
                    .put(language.get(), segments);
        }
        manifest.ifPresent(m -> m.lessons().forEach(lesson -> {
            if (!lessons.getOrDefault(lesson.id(), Map.of()).containsKey(Language.EN)) {
                problems.add(
                        ManifestReader.FILE,
                        lesson.line(),
                        "the lesson '" + lesson.id() + "' has no English text: add lessons/" + lesson.id() + ".en.md");
            }
        }));
        return lessons;
    }

    private static Map<String, Quiz> quizzes(BundleFiles files, Optional<Manifest> manifest, Problems problems) {
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        List<String> declared = manifest.map(Manifest::quizzes).orElse(List.of());
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            Matcher name = QUIZ_FILE.matcher(file.getKey());
            if (!name.matches()) {
                continue;
            }
            if (manifest.isPresent() && !declared.contains(name.group(1))) {
                problems.add(
                        file.getKey(),
                        0,
                        "no quiz '" + name.group(1) + "' in module.yaml: list it under 'quizzes' or remove the file");
                continue;
            }
            Text.utf8(file.getKey(), file.getValue(), problems)
                    .flatMap(text -> new QuizReader(file.getKey(), problems).read(text))
                    .ifPresent(quiz -> {
                        if (!quiz.id().equals(name.group(1))) {
                            problems.add(
                                    file.getKey(), 1, "the quiz id '" + quiz.id() + "' differs from its file name");
                        }
                        quizzes.put(quiz.id(), quiz);
                    });
        }
        declared.stream()
                .filter(id -> !files.all().containsKey("quizzes/" + id + ".yaml"))
                .forEach(id -> problems.add(
                        ManifestReader.FILE, 1, "the quiz '" + id + "' has no file quizzes/" + id + ".yaml"));
        return quizzes;
    }

    private static String hash(BundleFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
