package dev.esp32ppp.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping of a scenario file, read with the line of every value, so that any mistake in
 * it is told at its line: {@code file:line: message}.
 */
final class YamlMap {
    private final Path file;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    YamlMap(Path file, Node node, String what) {
        this.file = file;
        this.line = line(node);
        if (!(node instanceof MappingNode mapping)) {
            throw fail(what + " must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw new ScenarioException(file, line(tuple.getKeyNode()), "'" + key + "' is given twice");
            }
        }
    }

    private static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    /** The mistake of a key's value, told at its line (at this mapping's when the key is not there). */
    ScenarioException fail(String key, String message) {
        return new ScenarioException(file, entries.containsKey(key) ? line(entries.get(key)) : line, message);
    }

    /** The mistake of this mapping as a whole, told at its first line. */
    ScenarioException fail(String message) {
        return new ScenarioException(file, line, message);
    }

    Path file() {
        return file;
    }

    /** Refuses keys this mapping does not know, naming the ones it does. */
    YamlMap only(Set<String> known) {
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw fail(entry.getKey(), "unknown field '" + entry.getKey() + "'; known here: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** Its keys, in the file's order. */
    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    String text(String key) {
        if (!entries.containsKey(key)) {
            throw fail("missing field '" + key + "'");
        }
        return scalar(key);
    }

    String text(String key, String otherwise) {
        return entries.containsKey(key) ? scalar(key) : otherwise;
    }

    private String scalar(String key) {
        Node node = entries.get(key);
        if (!(node instanceof ScalarNode scalar)) {
            throw fail(key, "'" + key + "' must be a single value");
        }
        return scalar.getValue();
    }

    double number(String key, double otherwise) {
        String value = text(key, null);
        if (value == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw fail(key, "'" + key + "' must be a number, was '" + value + "'");
        }
    }

    boolean flag(String key) {
        String value = text(key, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw fail(key, "'" + key + "' must be true or false, was '" + value + "'");
        }
        return value.equals("true");
    }

    YamlMap map(String key) {
        return entries.containsKey(key) ? new YamlMap(file, entries.get(key), "'" + key + "'") : null;
    }

    List<YamlMap> list(String key) {
        List<YamlMap> items = new ArrayList<>();
        Node node = entries.get(key);
        if (node == null) {
            return items;
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw fail(key, "'" + key + "' must be a list");
        }
        for (Node item : sequence.getValue()) {
            items.add(new YamlMap(file, item, "each of '" + key + "'"));
        }
        return items;
    }
}
