package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code module.yaml} as plain data: no tags, no anchors or aliases, bounded nesting and size.
 * Every problem names its line.
 */
final class ManifestReader {

    static final String FILE = "module.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]");
    private static final Set<String> MODULE_KEYS =
            Set.of("id", "version", "title", "summary", "audience", "estimatedMinutes", "lessons", "quizzes");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "change", "note", "references");
    private static final Set<String> REFERENCE_KEYS = Set.of("instrument", "article", "link");

    private final Problems problems;
    private final YamlFile yaml;

    ManifestReader(Problems problems) {
        this.problems = problems;
        this.yaml = new YamlFile(FILE, problems);
    }

    Optional<Manifest> read(String text) {
        return yaml.root(text).flatMap(this::module);
    }

    private Optional<Manifest> module(MappingNode node) {
        Map<String, Node> fields = yaml.fields(node, MODULE_KEYS);
        String id = yaml.string(fields, "id", node).orElse(null);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(
                    FILE,
                    YamlFile.line(fields.get("id")),
                    "the module id '" + id
                            + "' must be 3 to 64 lower-case letters, digits or '-', starting and ending with a letter or digit");
            id = null;
        }
        SemanticVersion version = yaml.string(fields, "version", node)
                .flatMap(text -> {
                    Optional<SemanticVersion> parsed = SemanticVersion.parse(text);
                    if (parsed.isEmpty()) {
                        problems.add(
                                FILE,
                                YamlFile.line(fields.get("version")),
                                "the version '" + text + "' is not a semantic version MAJOR.MINOR.PATCH such as 1.0.0");
                    }
                    return parsed;
                })
                .orElse(null);
        Map<Language, String> title = yaml.texts(fields, "title", node, true);
        Map<Language, String> summary = yaml.texts(fields, "summary", node, true);
        Map<Language, String> audience = yaml.texts(fields, "audience", node, false);
        int minutes = minutes(fields, node);
        List<Manifest.Lesson> lessons = lessons(fields, node);
        List<String> quizzes = new ArrayList<>();
        if (fields.get("quizzes") instanceof SequenceNode list) {
            for (Node quiz : list.getValue()) {
                if (quiz instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar
                        && ID.matcher(scalar.getValue()).matches()
                        && !quizzes.contains(scalar.getValue())) {
                    quizzes.add(scalar.getValue());
                } else {
                    problems.add(
                            FILE,
                            YamlFile.line(quiz),
                            "each entry of 'quizzes' is the id of a quiz file quizzes/<id>.yaml, once");
                }
            }
        } else if (fields.containsKey("quizzes")) {
            problems.add(FILE, YamlFile.line(fields.get("quizzes")), "'quizzes' must be a list of quiz ids");
        }
        if (id == null || version == null || title.isEmpty() || summary.isEmpty() || minutes < 0 || lessons == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(id, version, title, summary, audience, minutes, lessons, List.copyOf(quizzes)));
    }

    private int minutes(Map<String, Node> fields, Node parent) {
        Optional<String> text = yaml.string(fields, "estimatedMinutes", parent);
        if (text.isEmpty()) {
            return -1;
        }
        try {
            int minutes = Integer.parseInt(text.get());
            if (minutes >= 1 && minutes <= 600) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                FILE,
                YamlFile.line(fields.get("estimatedMinutes")),
                "estimatedMinutes must be a whole number from 1 to 600");
        return -1;
    }

    private List<Manifest.Lesson> lessons(Map<String, Node> fields, Node parent) {
        Node node = fields.get("lessons");
        if (node == null) {
            problems.add(FILE, YamlFile.line(parent), "the manifest needs 'lessons'");
            return null;
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(FILE, YamlFile.line(node), "'lessons' must be a non-empty list");
            return null;
        }
        List<Manifest.Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(
                        FILE,
                        YamlFile.line(item),
                        "each lesson must be a mapping with id, title, change and references");
                complete = false;
                continue;
            }
            Optional<Manifest.Lesson> lesson = lesson(mapping);
            if (lesson.isEmpty()) {
                complete = false;
            } else if (!ids.add(lesson.get().id())) {
                problems.add(
                        FILE,
                        YamlFile.line(mapping),
                        "the lesson id '" + lesson.get().id() + "' is used twice; lesson ids must be unique");
                complete = false;
            } else {
                lessons.add(lesson.get());
            }
        }
        return complete ? lessons : null;
    }

    private Optional<Manifest.Lesson> lesson(MappingNode node) {
        Map<String, Node> fields = yaml.fields(node, LESSON_KEYS);
        Optional<String> id = yaml.string(fields, "id", node);
        id.filter(value -> !ID.matcher(value).matches())
                .ifPresent(value -> problems.add(
                        FILE,
                        YamlFile.line(fields.get("id")),
                        "the lesson id '" + value + "' must be 3 to 64 lower-case letters, digits or '-'"));
        Map<Language, String> title = yaml.texts(fields, "title", node, true);
        Optional<Change> change = yaml.string(fields, "change", node).flatMap(text -> {
            try {
                return Optional.of(Change.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(
                        FILE,
                        YamlFile.line(fields.get("change")),
                        "change must be one of new, unchanged, editorial, substantive, not '" + text + "'");
                return Optional.empty();
            }
        });
        Map<Language, String> note = yaml.texts(fields, "note", node, false);
        change.filter(Change::needsNote)
                .filter(c -> note.isEmpty())
                .ifPresent(c -> problems.add(
                        FILE,
                        YamlFile.line(node),
                        "a lesson marked " + c.yamlName()
                                + " needs a 'note' saying what changed (at least in English)"));
        List<Manifest.Reference> references = references(fields, node);
        if (id.isEmpty()
                || !ID.matcher(id.get()).matches()
                || title.isEmpty()
                || change.isEmpty()
                || references == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest.Lesson(id.get(), YamlFile.line(node), title, change.get(), note, references));
    }

    private List<Manifest.Reference> references(Map<String, Node> fields, Node parent) {
        Node node = fields.get("references");
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(
                    FILE,
                    YamlFile.line(node == null ? parent : node),
                    "each lesson needs 'references': a list of instrument, article and link");
            return null;
        }
        List<Manifest.Reference> references = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(
                        FILE, YamlFile.line(item), "a reference must be a mapping with instrument, article and link");
                return null;
            }
            Map<String, Node> reference = yaml.fields(mapping, REFERENCE_KEYS);
            Optional<String> instrument = yaml.string(reference, "instrument", mapping);
            Optional<String> article = yaml.string(reference, "article", mapping);
            Optional<String> link = yaml.string(reference, "link", mapping);
            link.filter(url -> !url.startsWith("https://") && !url.startsWith("http://"))
                    .ifPresent(url -> problems.add(
                            FILE,
                            YamlFile.line(reference.get("link")),
                            "a reference link must start with https:// or http://"));
            if (instrument.isEmpty()
                    || article.isEmpty()
                    || link.isEmpty()
                    || !link.get().startsWith("http")) {
                return null;
            }
            references.add(new Manifest.Reference(instrument.get(), article.get(), link.get()));
        }
        return references;
    }
}
