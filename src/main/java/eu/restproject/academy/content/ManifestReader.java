package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code module.yaml} as plain data: no tags, no anchors or aliases, bounded nesting and size.
 * Every problem names its line.
 */
final class ManifestReader {

    static final String FILE = "module.yaml";
    static final int MAX_DEPTH = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]");
    private static final Set<String> MODULE_KEYS = Set.of("id", "version", "title", "summary", "audience",
            "estimatedMinutes", "lessons", "quizzes");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "change", "note", "references");
    private static final Set<String> REFERENCE_KEYS = Set.of("instrument", "article", "link");

    private final Problems problems;

    ManifestReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Manifest> read(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(FILE)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(1_000_000)
                .build();
        try {
            if (!plainData(settings, yaml)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
                problems.add(FILE, 1, "the manifest must be a YAML mapping (id: …, version: …)");
                return Optional.empty();
            }
            return module(mapping);
        } catch (MarkedYamlEngineException e) {
            problems.add(FILE, e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), "YAML syntax: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(FILE, 1, "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Refuses what plain data does not need and attackers like: tags, anchors, aliases, deep nesting. */
    private boolean plainData(LoadSettings settings, String yaml) {
        int depth = 0;
        boolean clean = true;
        for (Event event : new Parse(settings).parseString(yaml)) {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            if (event instanceof AliasEvent) {
                problems.add(FILE, line, "YAML aliases (*name) are not allowed");
                clean = false;
            }
            if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                problems.add(FILE, line, "YAML anchors (&name) are not allowed");
                clean = false;
            }
            if ((event instanceof ScalarEvent scalar && scalar.getTag().isPresent())
                    || (event instanceof CollectionStartEvent collection && collection.getTag().isPresent())) {
                problems.add(FILE, line, "YAML tags (!name) are not allowed");
                clean = false;
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_DEPTH) {
                    problems.add(FILE, line, "the manifest is nested more than " + MAX_DEPTH + " levels deep");
                    return false;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return clean;
    }

    private Optional<Manifest> module(MappingNode node) {
        Map<String, Node> fields = fields(node, MODULE_KEYS);
        String id = string(fields, "id", node).orElse(null);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(FILE, line(fields.get("id")), "the module id '" + id
                    + "' must be 3 to 64 lower-case letters, digits or '-', starting and ending with a letter or digit");
            id = null;
        }
        SemanticVersion version = string(fields, "version", node).flatMap(text -> {
            Optional<SemanticVersion> parsed = SemanticVersion.parse(text);
            if (parsed.isEmpty()) {
                problems.add(FILE, line(fields.get("version")), "the version '" + text
                        + "' is not a semantic version MAJOR.MINOR.PATCH such as 1.0.0");
            }
            return parsed;
        }).orElse(null);
        Map<Language, String> title = texts(fields, "title", node, true);
        Map<Language, String> summary = texts(fields, "summary", node, true);
        Map<Language, String> audience = texts(fields, "audience", node, false);
        int minutes = minutes(fields, node);
        List<Manifest.Lesson> lessons = lessons(fields, node);
        if (fields.containsKey("quizzes") && !(fields.get("quizzes") instanceof SequenceNode)) {
            problems.add(FILE, line(fields.get("quizzes")), "'quizzes' must be a list (empty until quizzes exist)");
        }
        if (id == null || version == null || title.isEmpty() || summary.isEmpty() || minutes < 0 || lessons == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(id, version, title, summary, audience, minutes, lessons));
    }

    private int minutes(Map<String, Node> fields, Node parent) {
        Optional<String> text = string(fields, "estimatedMinutes", parent);
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
        problems.add(FILE, line(fields.get("estimatedMinutes")), "estimatedMinutes must be a whole number from 1 to 600");
        return -1;
    }

    private List<Manifest.Lesson> lessons(Map<String, Node> fields, Node parent) {
        Node node = fields.get("lessons");
        if (node == null) {
            problems.add(FILE, line(parent), "the manifest needs 'lessons'");
            return null;
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(FILE, line(node), "'lessons' must be a non-empty list");
            return null;
        }
        List<Manifest.Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(FILE, line(item), "each lesson must be a mapping with id, title, change and references");
                complete = false;
                continue;
            }
            Optional<Manifest.Lesson> lesson = lesson(mapping);
            if (lesson.isEmpty()) {
                complete = false;
            } else if (!ids.add(lesson.get().id())) {
                problems.add(FILE, line(mapping), "the lesson id '" + lesson.get().id() + "' is used twice; lesson ids must be unique");
                complete = false;
            } else {
                lessons.add(lesson.get());
            }
        }
        return complete ? lessons : null;
    }

    private Optional<Manifest.Lesson> lesson(MappingNode node) {
        Map<String, Node> fields = fields(node, LESSON_KEYS);
        Optional<String> id = string(fields, "id", node);
        id.filter(value -> !ID.matcher(value).matches()).ifPresent(value -> problems.add(FILE, line(fields.get("id")),
                "the lesson id '" + value + "' must be 3 to 64 lower-case letters, digits or '-'"));
        Map<Language, String> title = texts(fields, "title", node, true);
        Optional<Change> change = string(fields, "change", node).flatMap(text -> {
            try {
                return Optional.of(Change.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(FILE, line(fields.get("change")),
                        "change must be one of new, unchanged, editorial, substantive, not '" + text + "'");
                return Optional.empty();
            }
        });
        Map<Language, String> note = texts(fields, "note", node, false);
        change.filter(Change::needsNote).filter(c -> note.isEmpty()).ifPresent(c -> problems.add(FILE, line(node),
                "a lesson marked " + c.yamlName() + " needs a 'note' saying what changed (at least in English)"));
        List<Manifest.Reference> references = references(fields, node);
        if (id.isEmpty() || !ID.matcher(id.get()).matches() || title.isEmpty() || change.isEmpty() || references == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest.Lesson(id.get(), line(node), title, change.get(), note, references));
    }

    private List<Manifest.Reference> references(Map<String, Node> fields, Node parent) {
        Node node = fields.get("references");
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(FILE, line(node == null ? parent : node),
                    "each lesson needs 'references': a list of instrument, article and link");
            return null;
        }
        List<Manifest.Reference> references = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(FILE, line(item), "a reference must be a mapping with instrument, article and link");
                return null;
            }
            Map<String, Node> reference = fields(mapping, REFERENCE_KEYS);
            Optional<String> instrument = string(reference, "instrument", mapping);
            Optional<String> article = string(reference, "article", mapping);
            Optional<String> link = string(reference, "link", mapping);
            link.filter(url -> !url.startsWith("https://") && !url.startsWith("http://")).ifPresent(url ->
                    problems.add(FILE, line(reference.get("link")), "a reference link must start with https:// or http://"));
            if (instrument.isEmpty() || article.isEmpty() || link.isEmpty() || !link.get().startsWith("http")) {
                return null;
            }
            references.add(new Manifest.Reference(instrument.get(), article.get(), link.get()));
        }
        return references;
    }

    /** Texts per language: a mapping from language codes to strings, English required when {@code required}. */
    private Map<Language, String> texts(Map<String, Node> fields, String key, Node parent, boolean required) {
        Node node = fields.get(key);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (node == null) {
            if (required) {
                problems.add(FILE, line(parent), "'" + key + "' is missing (it needs at least an English text: " + key + ": {en: …})");
            }
            return texts;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(FILE, line(node), "'" + key + "' must map language codes to texts, e.g. en: …");
            return texts;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String code = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
            if (language.isEmpty()) {
                problems.add(FILE, line(tuple.getKeyNode()), "'" + code + "' is not one of the languages en, de, fr, es, nl, ro, sr");
            } else if (tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                texts.put(language.get(), value.getValue().strip());
            } else {
                problems.add(FILE, line(tuple.getValueNode()), "the " + code + " text of '" + key + "' must be a non-empty text");
            }
        }
        if (required && !texts.containsKey(Language.EN)) {
            problems.add(FILE, line(node), "'" + key + "' needs an English text (en)");
            texts.clear();
        }
        return texts;
    }

    private Optional<String> string(Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(FILE, line(parent), "'" + key + "' is missing");
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(FILE, line(node), "'" + key + "' must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    private Map<String, Node> fields(MappingNode node, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (fields.containsKey(key)) {
                problems.add(FILE, line(tuple.getKeyNode()), "the key '" + key + "' appears twice");
            } else if (!allowed.contains(key)) {
                problems.add(FILE, line(tuple.getKeyNode()), "unknown key '" + key + "' (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    private static int line(Node node) {
        return node == null ? 1 : node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(1);
    }
}
