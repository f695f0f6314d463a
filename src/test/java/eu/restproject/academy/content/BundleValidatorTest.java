package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleValidatorTest {

    private static List<String> problems(Map<String, byte[]> files) {
        return Bundles.validate(files).problems().stream()
                .map(Problem::toString)
                .toList();
    }

    private static void assertProblem(Map<String, byte[]> files, String expected) {
        List<String> found = problems(files);
        assertTrue(found.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + found);
    }

    @Test
    void aValidBundleHasItsManifestLessonsAndAssets() {
        BundleValidator.Outcome outcome = Bundles.validate(Bundles.valid());
        assertEquals(List.of(), outcome.problems());
        ValidBundle bundle = outcome.bundle().orElseThrow();
        assertEquals("test-module", bundle.manifest().id());
        assertEquals("1.0.0", bundle.manifest().version().toString());
        assertEquals("Testmodul", bundle.manifest().title().get(Language.DE));
        assertEquals(
                List.of("first-lesson", "second-lesson"),
                bundle.manifest().lessons().stream().map(Manifest.Lesson::id).toList());
        var segments = bundle.lessons().get("first-lesson").get(Language.EN);
        assertEquals(3, segments.size());
        assertEquals(java.util.Set.of(Country.AT), segments.get(1).countries());
        assertEquals(64, bundle.contentHash().length());
        assertEquals(
                bundle.contentHash(),
                Bundles.validate(Bundles.valid()).bundle().orElseThrow().contentHash());
    }

    @Test
    void anyChangedByteChangesTheHash() {
        String before = Bundles.validate(Bundles.valid()).bundle().orElseThrow().contentHash();
        String after = Bundles.validate(Bundles.with("lessons/second-lesson.en.md", "At least 30 days!\n"))
                .bundle()
                .orElseThrow()
                .contentHash();
        assertTrue(!before.equals(after));
    }

    @Test
    void aManifestNamingAMissingLessonIsRefused() {
        Map<String, byte[]> files = Bundles.valid();
        files.remove("lessons/second-lesson.en.md");
        assertProblem(
                files,
                "module.yaml:20: the lesson 'second-lesson' has no English text: add lessons/second-lesson.en.md");
    }

    @Test
    void duplicateLessonIdsAreRefused() {
        assertProblem(
                Bundles.with("module.yaml", Bundles.MANIFEST.replace("id: second-lesson", "id: first-lesson")),
                "module.yaml:20: the lesson id 'first-lesson' is used twice");
    }

    @Test
    void aVersionThatIsNotSemverIsRefused() {
        assertProblem(
                Bundles.with("module.yaml", Bundles.MANIFEST.replace("version: 1.0.0", "version: 1.0")),
                "module.yaml:2: the version '1.0' is not a semantic version");
        assertProblem(
                Bundles.with("module.yaml", Bundles.MANIFEST.replace("version: 1.0.0", "version: 1.0.0-beta")),
                "module.yaml:2:");
    }

    @Test
    void yamlTagsAnchorsAliasesAndDeepNestingAreRefused() {
        assertProblem(
                Bundles.with(
                        "module.yaml", Bundles.MANIFEST.replace("id: test-module", "id: !!java/object test-module")),
                "module.yaml:1: YAML tags (!name) are not allowed");
        assertProblem(
                Bundles.with(
                        "module.yaml",
                        Bundles.MANIFEST.replace("estimatedMinutes: 10", "estimatedMinutes: !custom 10")),
                "YAML tags (!name) are not allowed");
        String laughs = Bundles.MANIFEST + "x: &a [\"lol\", \"lol\"]\ny: [*a, *a, *a]\n";
        assertProblem(Bundles.with("module.yaml", laughs), "YAML anchors (&name) are not allowed");
        assertProblem(Bundles.with("module.yaml", laughs), "YAML aliases (*name) are not allowed");
        String deep = Bundles.MANIFEST + "deep: " + "[".repeat(30) + "]".repeat(30) + "\n";
        assertProblem(Bundles.with("module.yaml", deep), "nested more than 20 levels deep");
    }

    @Test
    void duplicateKeysAndUnknownKeysAreRefused() {
        assertProblem(
                Bundles.with("module.yaml", Bundles.MANIFEST + "id: again\n"),
                "module.yaml:29: the key 'id' appears twice");
        assertProblem(Bundles.with("module.yaml", Bundles.MANIFEST + "colour: red\n"), "unknown key 'colour'");
    }

    @Test
    void lessonsMayHoldOnlyMarkdown() {
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "Text\n\n<script>alert(1)</script>\n"),
                "lessons/second-lesson.en.md:3: raw HTML is not allowed in lessons");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "Line one\nSee <img src=x onerror=alert(1)> here\n"),
                "lessons/second-lesson.en.md:2: raw HTML is not allowed in lessons");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "One\n\nTwo [click](javascript:alert(1))\n"),
                "lessons/second-lesson.en.md:3: the link 'javascript:alert(1)' is not allowed");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "![tracker](https://evil.example/pixel.png)\n"),
                "lessons/second-lesson.en.md:1: the image 'https://evil.example/pixel.png' must be a file in this bundle's assets/");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        Map<String, byte[]> files = Bundles.valid();
        files.put(
                "lessons/second-lesson.en.md",
                new byte[] {'o', 'k', '\n', 'L', 'e', 'f', (byte) 0xE8, 'v', 'r', 'e', '\n'});
        assertProblem(files, "lessons/second-lesson.en.md:2: the file is not UTF-8 text");
    }

    @Test
    void countrySectionsMustBeClosedNotNestedAndNamePartnerCountries() {
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "Text\n::: country AT\nOpen\n"),
                "lessons/second-lesson.en.md:2: the country section opened here is never closed");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "::: country AT\n::: country FR\nx\n:::\n"),
                "lessons/second-lesson.en.md:2: country sections cannot be nested");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "::: country DE\nx\n:::\n"),
                "lessons/second-lesson.en.md:1: 'DE' is not a partner country");
        assertProblem(
                Bundles.with("lessons/second-lesson.en.md", "x\n:::\n"),
                "lessons/second-lesson.en.md:2: ':::' closes no country section");
    }

    @Test
    void strayFilesAndFakeAssetsAreRefused() {
        Map<String, byte[]> files = Bundles.valid();
        files.put("run.sh", Bundles.utf8("rm -rf /"));
        files.put("assets/fake.png", Bundles.utf8("<svg onload=alert(1)>"));
        files.put("assets/page.html", Bundles.utf8("<html>"));
        files.put("lessons/unknown.en.md", Bundles.utf8("text"));
        assertProblem(files, "run.sh:0: unexpected file");
        assertProblem(files, "assets/fake.png:0: the file's content is not a .png file");
        assertProblem(files, "assets/page.html:0: assets may be images");
        assertProblem(files, "lessons/unknown.en.md:0: no lesson 'unknown' in module.yaml");
    }

    @Test
    void changesMustMatchThePreviousVersion() {
        Manifest first =
                Bundles.validate(Bundles.valid()).bundle().orElseThrow().manifest();
        assertEquals(List.of(), BundleValidator.checkSuccession(null, first));

        String next = Bundles.MANIFEST
                .replace("version: 1.0.0", "version: 1.1.0")
                .replaceFirst("change: new", "change: substantive\n    note:\n      en: Rewritten.");
        Manifest second = Bundles.validate(Bundles.with("module.yaml", next))
                .bundle()
                .orElseThrow()
                .manifest();
        List<String> problems = BundleValidator.checkSuccession(first, second).stream()
                .map(Problem::toString)
                .toList();
        assertEquals(
                List.of(
                        "module.yaml:22: the lesson 'second-lesson' exists in 1.0.0: mark it unchanged, editorial or substantive"),
                problems);

        assertTrue(BundleValidator.checkSuccession(second, first)
                .get(0)
                .message()
                .contains("must be higher than the latest published 1.1.0"));
        assertTrue(BundleValidator.checkSuccession(null, second).stream()
                .anyMatch(p -> p.message().contains("is marked substantive but this is the module's first version")));
    }

    @Test
    void editorialAndSubstantiveChangesNeedANote() {
        assertProblem(
                Bundles.with("module.yaml", Bundles.MANIFEST.replaceFirst("change: new", "change: editorial")),
                "a lesson marked editorial needs a 'note'");
    }

    /** The command-line validator's exit code and what it printed. */
    private record Run(int exitCode, String out, String err) {}

    private static Run validator(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ValidateBundles.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineValidatorReportsADamagedArchiveAsAProblem(@TempDir Path folder) throws Exception {
        byte[] whole = Bundles.zip(Bundles.valid());
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a zip");
        Run run = validator(truncated.toString(), text.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains(truncated + ":0: not a zip archive, or a damaged one ("), run.out());
        assertTrue(run.out().contains(text + ":0: not a zip archive, or an empty one"), run.out());
        assertTrue(run.out().contains("2 bundle(s) checked, 2 problem(s)"), run.out());
    }

    @Test
    void theCommandLineValidatorRefusesAPathThatDoesNotExist(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-content");
        Run run = validator(missing.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(missing + ": no such file or folder\nusage: ValidateBundles"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theCommandLineValidatorFindsNoBundleInAnEmptyFolder(@TempDir Path folder) {
        Run run = validator(folder.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(folder + ": no module bundles found in " + folder + "\n"), run.out());
    }

    @Test
    void theCommandLineValidatorPrintsHostileEntriesAsTheArchiveNamesThem(@TempDir Path folder) throws Exception {
        Map<String, byte[]> entries = Bundles.valid();
        entries.put("../../etc/cron.d/evil", Bundles.utf8("x"));
        entries.put("/etc/passwd", Bundles.utf8("x"));
        entries.put("assets/\u001b[2Jclear.png", Bundles.utf8("x"));
        Path archive = Files.write(folder.resolve("hostile.zip"), Bundles.zip(entries));
        Run run = validator(archive.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                List.of(
                        archive + ": ../../etc/cron.d/evil:0: paths leading out of the bundle ('..') are not allowed",
                        archive + ": /etc/passwd:0: absolute paths are not allowed in a bundle",
                        archive + ": assets/\\u001b[2Jclear.png:0: file names with control characters are not allowed",
                        "1 bundle(s) checked, 3 problem(s)"),
                run.out().lines().toList());
    }
}
