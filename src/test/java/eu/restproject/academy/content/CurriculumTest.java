package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The REST curriculum shipped in {@code modules-content/} (issue "The training content"): what the
 * issue asks of every module, checked on the files themselves, for every version.
 */
class CurriculumTest {

    static final Path CONTENT = Path.of("modules-content");
    /** The curriculum's modules; the two "essentials" modules are short introductions before them. */
    static final List<String> MODULES = List.of(
            "who-is-a-trafficked-person",
            "recovery-reflection-residence",
            "international-protection",
            "dublin-return-non-refoulement");
    /** Modules whose lessons, not only titles, summaries and quizzes, are in every language. */
    static final Set<String> FULLY_TRANSLATED = Set.of("who-is-a-trafficked-person", "recovery-reflection-residence");

    private static final Set<String> LANGUAGES =
            Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());

    static Stream<Path> versions() {
        List<Path> all = new ArrayList<>();
        for (String module : MODULES) {
            ContentFolder.versionsInOrder(CONTENT.resolve(module)).forEach(all::add);
        }
        return all.stream();
    }

    static ValidBundle read(Path version) {
        BundleReader.Read read = BundleReader.folder(version);
        assertTrue(read.problems().isEmpty(), read.problems().toString());
        BundleValidator.Outcome outcome = BundleValidator.validate(
                read.files().orElseThrow(),
                version.getParent().getFileName().toString(),
                version.getFileName().toString());
        assertTrue(outcome.problems().isEmpty(), version + ": " + outcome.problems());
        return outcome.bundle().orElseThrow();
    }

    @Test
    void everyBundleInTheContentFolderValidatesInOrder() throws IOException {
        List<ValidateBundles.Checked> checked = ValidateBundles.check(CONTENT);
        assertTrue(checked.size() >= MODULES.size() + 2, "bundles found: " + checked.size());
        checked.forEach(c -> assertTrue(c.problems().isEmpty(), c.location() + ": " + c.problems()));
        for (String module : MODULES) {
            assertTrue(Files.isDirectory(CONTENT.resolve(module).resolve("1.0.0")), module + " 1.0.0 is published");
        }
    }

    @Test
    void oneModulesFolderIsValidatedVersionByVersion() throws IOException {
        List<ValidateBundles.Checked> checked = ValidateBundles.check(CONTENT.resolve("essentials-identification"));
        assertEquals(
                List.of("1.0.0", "1.1.0"),
                checked.stream().map(c -> c.location().getFileName().toString()).toList());
        checked.forEach(c -> assertEquals(List.of(), c.problems(), c.location().toString()));
        List<ValidateBundles.Checked> second =
                ValidateBundles.check(CONTENT.resolve("essentials-identification/1.1.0"));
        assertEquals(1, second.size());
        assertEquals(List.of(), second.get(0).problems(), "a later version alone is checked against the one before it");
    }

    @ParameterizedTest
    @MethodSource("versions")
    void fourToSevenLessonsEachWithSourcedReferences(Path version) {
        Manifest manifest = read(version).manifest();
        assertTrue(
                manifest.lessons().size() >= 4 && manifest.lessons().size() <= 7,
                version + ": " + manifest.lessons().size() + " lessons");
        for (Manifest.Lesson lesson : manifest.lessons()) {
            assertTrue(!lesson.references().isEmpty(), lesson.id() + " has no references");
            for (Manifest.Reference reference : lesson.references()) {
                assertTrue(
                        reference.link().startsWith("https://"),
                        lesson.id() + ": a reference without an https source: " + reference);
                assertTrue(
                        !reference.instrument().isBlank()
                                && !reference.article().isBlank(),
                        lesson.id() + ": " + reference);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("versions")
    void titlesSummariesAndQuizTextsAreInEveryLanguage(Path version) throws IOException {
        Manifest manifest = read(version).manifest();
        assertAllLanguages(version + " title", manifest.title());
        assertAllLanguages(version + " summary", manifest.summary());
        assertAllLanguages(version + " audience", manifest.audience());
        manifest.lessons().forEach(lesson -> assertAllLanguages(version + " " + lesson.id(), lesson.title()));
        manifest.lessons().stream()
                .filter(lesson -> !lesson.note().isEmpty())
                .forEach(lesson -> assertAllLanguages(version + " note of " + lesson.id(), lesson.note()));
        for (String quiz : manifest.quizzes()) {
            Path file = version.resolve("quizzes").resolve(quiz + ".yaml");
            List<String> untranslated = new ArrayList<>();
            untranslated(
                    new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file)),
                    file.toString(),
                    untranslated);
            assertEquals(List.of(), untranslated, "quiz texts without every language");
        }
    }

    @ParameterizedTest
    @MethodSource("versions")
    void lessonsAreWholeInEveryLanguageTheyShip(Path version) {
        ValidBundle bundle = read(version);
        String module = version.getParent().getFileName().toString();
        for (Manifest.Lesson lesson : bundle.manifest().lessons()) {
            Map<Language, List<LessonMarkdown.Segment>> texts = bundle.lessons().get(lesson.id());
            if (FULLY_TRANSLATED.contains(module)) {
                assertEquals(
                        EnumSet.allOf(Language.class), texts.keySet(), lesson.id() + ": languages of the lesson text");
            }
            List<Set<Country>> english = countrySections(texts.get(Language.EN));
            String englishText = whole(texts.get(Language.EN));
            assertTrue(
                    englishText.contains("Training material, not legal advice"),
                    lesson.id() + " says it is training material");
            texts.forEach((language, segments) -> {
                String text = whole(segments);
                assertTrue(
                        words(text) >= words(englishText) / 2 && words(text) >= 250,
                        module + "/" + lesson.id() + "." + language.code() + " has " + words(text) + " words");
                assertEquals(
                        english,
                        countrySections(segments),
                        lesson.id() + "." + language.code() + ": the same country sections as in English");
            });
        }
    }

    @Test
    void everyLessonIsMappedToItsSourcesAndEveryCountrySectionToo() throws IOException {
        String sources = Files.readString(CONTENT.resolve("SOURCES.md"));
        for (String module : MODULES) {
            ValidBundle bundle = read(latest(module));
            for (Manifest.Lesson lesson : bundle.manifest().lessons()) {
                assertTrue(
                        sources.contains("| " + module + " / " + lesson.id() + " |"),
                        module + " / " + lesson.id() + " is not in SOURCES.md");
                // Rows of a country section name its countries in brackets: "| module / lesson (AT NL) |".
                java.util.regex.Matcher rows = java.util.regex.Pattern.compile("\\| "
                                + java.util.regex.Pattern.quote(module + " / " + lesson.id()) + " \\(([^)]*)\\) \\|")
                        .matcher(sources);
                Set<String> mapped = new TreeSet<>();
                while (rows.find()) {
                    mapped.addAll(Arrays.asList(rows.group(1).split("[ ,]+")));
                }
                for (Set<Country> section :
                        countrySections(bundle.lessons().get(lesson.id()).get(Language.EN))) {
                    for (Country country : section) {
                        assertTrue(
                                mapped.contains(country.name()),
                                module + " / " + lesson.id() + " (" + country + ") is not in SOURCES.md");
                    }
                }
            }
        }
    }

    @Test
    void theEightScenariosOfTheFactSheetAreAllCaseStudies() throws IOException {
        Set<String> scenarios = new TreeSet<>();
        for (String module : MODULES) {
            for (Map<String, Object> question : questions(latest(module))) {
                String id = (String) question.get("id");
                if (id.matches("s[1-8]-.*") && "case".equals(question.get("type"))) {
                    scenarios.add(id.substring(0, 2));
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8")), scenarios);
    }

    @Test
    void everyFinalQuizHasAQuestionWithAVariantForEachOfTheSixCountries() throws IOException {
        Set<String> six = Arrays.stream(Country.values()).map(Country::name).collect(Collectors.toSet());
        for (String module : MODULES) {
            boolean found = questions(latest(module)).stream()
                    .anyMatch(q -> q.get("variants") instanceof Map<?, ?> variants
                            && variants.keySet().containsAll(six));
            assertTrue(found, module + ": no question with a variant for each of " + six);
        }
    }

    /** The legal terms of the official translations of CETS No. 197 (and Dutch and Moldovan law), per language. */
    @Test
    void theReflectionPeriodIsNamedAsTheOfficialTranslationsNameIt() {
        Map<Language, String> terms = Map.of(
                Language.EN, "recovery and reflection period",
                Language.DE, "erholungs- und bedenkzeit",
                Language.FR, "délai de rétablissement et de réflexion",
                Language.ES, "período de restablecimiento y reflexión",
                Language.NL, "bedenktijd",
                Language.RO, "perioadă de recuperare și de reflecție",
                Language.SR, "period oporavka i razmišljanja");
        ValidBundle bundle = read(latest("recovery-reflection-residence"));
        terms.forEach((language, term) -> {
            List<LessonMarkdown.Segment> lesson =
                    bundle.lessons().get("reflection-period").get(language);
            assertTrue(lesson != null, "reflection-period." + language.code() + ".md is missing");
            String text = normalise(whole(lesson));
            assertTrue(
                    text.contains(normalise(term)),
                    "reflection-period." + language.code() + " does not use \"" + term + "\"");
        });
    }

    static Path latest(String module) {
        return ContentFolder.versionsInOrder(CONTENT.resolve(module))
                .reduce((older, newer) -> newer)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> questions(Path version) throws IOException {
        Map<String, Object> quiz =
                (Map<String, Object>) new Load(LoadSettings.builder().build())
                        .loadFromString(Files.readString(version.resolve("quizzes/final.yaml")));
        return (List<Map<String, Object>>) quiz.get("questions");
    }

    private static void assertAllLanguages(String what, Map<Language, String> texts) {
        assertEquals(EnumSet.allOf(Language.class), texts.keySet(), what + ": languages");
        texts.forEach((language, text) -> assertTrue(!text.isBlank(), what + " is empty in " + language));
    }

    /** Every map of language texts (it has an {@code en} member) that lacks a language. */
    private static void untranslated(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("en") instanceof String
                    && LANGUAGES.containsAll(
                            map.keySet().stream().map(String::valueOf).toList())) {
                if (!map.keySet().stream()
                                .map(String::valueOf)
                                .collect(Collectors.toSet())
                                .equals(LANGUAGES)
                        || map.values().stream().anyMatch(v -> String.valueOf(v).isBlank())) {
                    found.add(path + " " + map.keySet());
                }
                return;
            }
            map.forEach((key, value) -> untranslated(value, path + "/" + key, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                untranslated(
                        item,
                        path + "/" + (item instanceof Map<?, ?> m && m.get("id") != null ? m.get("id") : i),
                        found);
            }
        }
    }

    private static List<Set<Country>> countrySections(List<LessonMarkdown.Segment> segments) {
        return segments.stream()
                .filter(s -> !s.forEveryone())
                .map(LessonMarkdown.Segment::countries)
                .toList();
    }

    private static String whole(List<LessonMarkdown.Segment> segments) {
        return segments.stream().map(LessonMarkdown.Segment::markdown).collect(Collectors.joining("\n"));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    /** Lower case, with the Romanian cedilla letters written with the comma below, as they should be. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('ţ', 'ț')
                .replace('ş', 'ș')
                .replaceAll("\\s+", " ");
    }
}
