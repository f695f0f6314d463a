package eu.restproject.academy.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small bundles for tests, built in memory. */
final class Bundles {

    static final String MANIFEST = """
            id: test-module
            version: 1.0.0
            title:
              en: Test module
              de: Testmodul
            summary:
              en: A module for tests.
            audience:
              en: Testers.
            estimatedMinutes: 10
            lessons:
              - id: first-lesson
                title:
                  en: First lesson
                change: new
                references:
                  - instrument: CETS No. 197
                    article: Art. 4
                    link: https://rm.coe.int/168008371d
              - id: second-lesson
                title:
                  en: Second lesson
                change: new
                references:
                  - instrument: CETS No. 197
                    article: Art. 13
                    link: https://rm.coe.int/168008371d
            quizzes: []
            """;

    private Bundles() {
    }

    static Map<String, byte[]> valid() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("module.yaml", utf8(MANIFEST));
        files.put("lessons/first-lesson.en.md", utf8("""
                ## What the rule says

                The definition has three elements (see [CETS 197](https://rm.coe.int/168008371d)).

                ::: country AT
                In Austria the referral mechanism applies.
                :::

                ![Diagram](assets/diagram.png)
                """));
        files.put("lessons/first-lesson.de.md", utf8("Die Definition hat drei Elemente.\n"));
        files.put("lessons/second-lesson.en.md", utf8("At least 30 days.\n"));
        files.put("assets/diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        return files;
    }

    /**
     * The test bundle as module {@code id} at {@code version}; the first lesson is unchanged and the
     * second marked {@code secondChange} with {@code note} (unless the change is "new") and given
     * {@code secondText}.
     */
    static Map<String, byte[]> version(String id, String version, String secondChange, String note, String secondText) {
        Map<String, byte[]> files = valid();
        String manifest = MANIFEST.replace("id: test-module", "id: " + id).replace("version: 1.0.0", "version: " + version);
        if (!secondChange.equals("new")) {
            manifest = manifest.replaceFirst("change: new", "change: unchanged")
                    .replace("    change: new\n    references:\n      - instrument: CETS No. 197\n        article: Art. 13",
                            "    change: " + secondChange + "\n    note:\n      en: " + note + "\n"
                                    + "    references:\n      - instrument: CETS No. 197\n        article: Art. 13");
        }
        files.put("module.yaml", utf8(manifest));
        files.put("lessons/second-lesson.en.md", utf8(secondText));
        return files;
    }

    static Map<String, byte[]> with(String path, String content) {
        Map<String, byte[]> files = valid();
        files.put(path, utf8(content));
        return files;
    }

    static BundleValidator.Outcome validate(Map<String, byte[]> files) {
        return BundleValidator.validate(new BundleFiles("test", files), null, null);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
