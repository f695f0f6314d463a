package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * One YAML file of a bundle, read as plain data: no tags, no anchors or aliases, bounded nesting
 * and size. Field readers report every problem with the file's name and the line.
 */
final class YamlFile {

    static final int MAX_DEPTH = 20;

    private final String file;
    private final Problems problems;

    YamlFile(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's top-level mapping, when the text is plain, well-formed YAML. */
    Optional<MappingNode> root(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
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
                problems.add(file, 1, "the file must be a YAML mapping (key: value, …)");
                return Optional.empty();
            }
            return Optional.of(mapping);
        } catch (MarkedYamlEngineException e) {
            problems.add(
                    file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), "YAML syntax: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(file, 1, "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    void problem(Node node, String message) {
        problems.add(file, line(node), message);
    }

    /** Refuses what plain data does not need and attackers like: tags, anchors, aliases, deep nesting. */
    private boolean plainData(LoadSettings settings, String yaml) {
        int depth = 0;
        boolean clean = true;
        for (Event event : new Parse(settings).parseString(yaml)) {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            if (event instanceof AliasEvent) {
                problems.add(file, line, "YAML aliases (*name) are not allowed");
                clean = false;
            }
            if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                problems.add(file, line, "YAML anchors (&name) are not allowed");
                clean = false;
            }
            if ((event instanceof ScalarEvent scalar && scalar.getTag().isPresent())
                    || (event instanceof CollectionStartEvent collection
                            && collection.getTag().isPresent())) {
                problems.add(file, line, "YAML tags (!name) are not allowed");
                clean = false;
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_DEPTH) {
                    problems.add(file, line, "the file is nested more than " + MAX_DEPTH + " levels deep");
                    return false;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return clean;
    }

    Map<String, Node> fields(MappingNode node, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (fields.containsKey(key)) {
                problems.add(file, line(tuple.getKeyNode()), "the key '" + key + "' appears twice");
            } else if (!allowed.contains(key)) {
                problems.add(
                        file,
                        line(tuple.getKeyNode()),
                        "unknown key '" + key + "' (expected one of "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    Optional<String> string(Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(file, line(parent), "'" + key + "' is missing");
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(file, line(node), "'" + key + "' must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    /** Texts per language: a mapping from language codes to strings, English required when {@code required}. */
    Map<Language, String> texts(Map<String, Node> fields, String key, Node parent, boolean required) {
        Node node = fields.get(key);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (node == null) {
            if (required) {
                problems.add(
                        file,
                        line(parent),
                        "'" + key + "' is missing (it needs at least an English text: " + key + ": {en: …})");
            }
            return texts;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, line(node), "'" + key + "' must map language codes to texts, e.g. en: …");
            return texts;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String code = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            Optional<Language> language =
                    Language.fromCode(code).filter(l -> l.code().equals(code));
            if (language.isEmpty()) {
                problems.add(
                        file,
                        line(tuple.getKeyNode()),
                        "'" + code + "' is not one of the languages en, de, fr, es, nl, ro, sr");
            } else if (tuple.getValueNode() instanceof ScalarNode value
                    && !value.getValue().isBlank()) {
                texts.put(language.get(), value.getValue().strip());
            } else {
                problems.add(
                        file,
                        line(tuple.getValueNode()),
                        "the " + code + " text of '" + key + "' must be a non-empty text");
            }
        }
        if (required && !texts.containsKey(Language.EN)) {
            problems.add(file, line(node), "'" + key + "' needs an English text (en)");
            texts.clear();
        }
        return texts;
    }

    static int line(Node node) {
        return node == null
                ? 1
                : node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(1);
    }
}
