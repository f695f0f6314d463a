package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small bundles for tests, built in memory. */
public final class Bundles {

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

    /** A quiz with one question of every type (see QuizFilesTest). */
    public static final String QUIZ = """
            id: final
            title:
              en: Final case study
            passMark: 60
            timeLimitMinutes: 20
            attempts: 3
            feedback: after-submission
            completesModule: true
            questions:
              - id: period
                type: single
                points: 2
                text:
                  en: Who may be expelled during the recovery and reflection period?
                options:
                  - id: nobody
                    text: {en: Nobody who is a presumed victim}
                    correct: true
                    feedback: {en: "Right: the period protects against expulsion."}
                    ground: {instrument: CETS No. 197, article: Art. 13}
                  - id: undocumented
                    text: {en: Anyone without papers}
                variants:
                  ES:
                    correct: [undocumented]
              - id: grounds
                type: multiple
                points: 3
                text: {en: Which grounds can justify a residence permit under Art. 14?}
                options:
                  - {id: personal, text: {en: Personal situation}, correct: true}
                  - {id: cooperation, text: {en: Cooperation with the authorities}, correct: true}
                  - {id: income, text: {en: A sufficient income}}
              - id: consent
                type: truefalse
                points: 1
                text: {en: "Consent of the victim matters once improper means were used."}
                answer: false
              - id: articles
                type: matching
                points: 2
                text: {en: Match each right to its article.}
                answers:
                  - {id: art13, text: {en: Art. 13}}
                  - {id: art14, text: {en: Art. 14}}
                  - {id: art26, text: {en: Art. 26}}
                prompts:
                  - {id: reflection, text: {en: Reflection period}, answer: art13}
                  - {id: residence, text: {en: Residence permit}, answer: art14}
              - id: steps
                type: ordering
                points: 2
                text: {en: Put the steps in order.}
                items:
                  - {id: identify, text: {en: Identify}}
                  - {id: refer, text: {en: Refer}}
              - id: days
                type: short
                points: 1
                text: {en: "How many days does the reflection period last at least?"}
                accepted: ["30", thirty]
              - id: essay
                type: essay
                points: 4
                text: {en: "Explain the non-punishment principle. <script>alert(1)</script>"}
              - id: inspection
                type: case
                points: 5
                text: {en: A labour inspection finds a worker with signs of trafficking.}
                start: first
                steps:
                  - id: first
                    text: {en: What do you do?}
                    choices:
                      - id: refer
                        text: {en: Refer for identification}
                        points: 2
                        next: second
                      - id: police
                        text: {en: Call the immigration police}
                        next: second
                  - id: second
                    text: {en: The person asks for time to think.}
                    choices:
                      - id: grant
                        text: {en: Grant the reflection period}
                        points: 2
                        next:
                          - {ifScoreAtLeast: 4, goto: protected}
                          - {goto: late}
                  - {id: protected, ending: true, points: 1, debrief: {en: The person is protected.}}
                  - {id: late, ending: true, points: 0, debrief: {en: Help came late.}}
            """;

    private Bundles() {}

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
    public static Map<String, byte[]> version(
            String id, String version, String secondChange, String note, String secondText) {
        Map<String, byte[]> files = valid();
        String manifest =
                MANIFEST.replace("id: test-module", "id: " + id).replace("version: 1.0.0", "version: " + version);
        if (!secondChange.equals("new")) {
            manifest = manifest.replaceFirst("change: new", "change: unchanged")
                    .replace(
                            "    change: new\n    references:\n      - instrument: CETS No. 197\n        article: Art. 13",
                            "    change: " + secondChange + "\n    note:\n      en: " + note + "\n"
                                    + "    references:\n      - instrument: CETS No. 197\n        article: Art. 13");
        }
        files.put("module.yaml", utf8(manifest));
        files.put("lessons/second-lesson.en.md", utf8(secondText));
        return files;
    }

    /**
     * {@link #QUIZ} with a country variant on every question type that has one (invented national
     * rules, for tests): true/false for AT, matching for NL, ordering for MD, the case for ES.
     */
    public static final String QUIZ_WITH_VARIANTS =
            QUIZ.replace("""
                    answer: false
                """, """
                    answer: false
                    variants:
                      AT: {correct: ["true"], feedback: {"true": {en: In Austria it does.}}}
                """).replace("""
                      - {id: residence, text: {en: Residence permit}, answer: art14}
                """, """
                      - {id: residence, text: {en: Residence permit}, answer: art14}
                    variants:
                      NL: {residence: art26}
                """).replace("""
                      - {id: refer, text: {en: Refer}}
                """, """
                      - {id: refer, text: {en: Refer}}
                    variants:
                      MD: [refer, identify]
                """) + """
                    variants:
                      ES:
                        first/police: {points: 2, feedback: {en: "In Spain the police refer."}, ground: {instrument: LO 4/2000, article: Art. 59 bis}}
                """;

    /** The test bundle as module {@code id} at {@code version}, with the quiz "final" in it. */
    public static Map<String, byte[]> withQuiz(String id, String version, String secondChange, String quiz) {
        Map<String, byte[]> files = version(id, version, secondChange, "Reworded.", "At least 30 days.\n");
        files.put(
                "module.yaml",
                utf8(new String(files.get("module.yaml"), StandardCharsets.UTF_8)
                        .replace("quizzes: []", "quizzes: [final]")));
        files.put("quizzes/final.yaml", utf8(quiz));
        return files;
    }

    /** The files as a bundle read from somewhere, for tests outside this package. */
    public static BundleFiles files(Map<String, byte[]> files) {
        return new BundleFiles("test", files);
    }

    /** Publishes the files as an admin's upload, in the container, and asserts that they were published. */
    public static void publishUpload(BundlePublisher publisher, Map<String, byte[]> files) {
        BundlePublisher.Publication publication =
                publisher.publish(files(files), ModuleVersion.Source.UPLOAD, null, null);
        assertEquals(
                BundlePublisher.Result.PUBLISHED,
                publication.result(),
                publication.problems().toString());
    }

    /** Publishes a bundle on the running platform through the API, as the admin. */
    public static java.net.http.HttpResponse<String> publishThroughApi(String name, Map<String, byte[]> files)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(eu.restproject.academy.support.RunningAcademy.url(
                                                "/api/v1/bundles?name=" + name)))
                                .header(
                                        "Authorization",
                                        "Bearer " + eu.restproject.academy.support.RunningAcademy.ADMIN_TOKEN)
                                .header("Content-Type", "application/zip")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip(files)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
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
