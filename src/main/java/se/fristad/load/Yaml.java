package se.fristad.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * YAML read as a node tree that keeps the file position of every key and value, so each message can
 * point at {@code file:line:col}. Used for {@code site.yml}, front matter and theme strings.
 */
public final class Yaml {
    private final Path file;
    private final int lineOffset;

    /**
     * @param file       the file the YAML text comes from
     * @param lineOffset how many lines of the file come before the YAML text (front matter starts after {@code ---})
     */
    public Yaml(Path file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /** A key of a mapping with its value node. */
    public record Entry(String key, Node keyNode, Node value) {
    }

    /** Parses {@code text}; a syntax error becomes a problem and an empty result. */
    public Optional<Node> parse(String text, Problems problems) {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(true).build();
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            int line = mark.map(m -> m.getLine() + 1).orElse(1) + lineOffset;
            int col = mark.map(m -> m.getColumn() + 1).orElse(1);
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(Problem.error(file, line, col, "broken YAML: " + what + context,
                    "check indentation and put values containing ':' or '#' in quotes"));
        } catch (YamlEngineException e) {
            problems.add(Problem.error(file, 1 + lineOffset, 1, "broken YAML: " + e.getMessage(),
                    "check indentation and put values containing ':' or '#' in quotes"));
        }
        return Optional.empty();
    }

    public int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1) + lineOffset;
    }

    public int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    public Path file() {
        return file;
    }

    /** A problem located at {@code node}. */
    public Problem error(Node node, String message, String hint) {
        return Problem.error(file, line(node), column(node), message, hint);
    }

    /** The entries of a mapping, in order; duplicate or non-text keys are reported. */
    public List<Entry> entries(Node node, Problems problems) {
        List<Entry> out = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(error(node, "expected a list of key: value lines", "write each setting as key: value"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(error(t.getKeyNode(), "a key must be plain text", "write key: value"));
                continue;
            }
            if (!seen.add(k.getValue())) {
                problems.add(error(k, "duplicate key \"" + k.getValue() + "\"", "keep only one \"" + k.getValue() + ":\" line"));
                continue;
            }
            out.add(new Entry(k.getValue(), k, t.getValueNode()));
        }
        return out;
    }

    /** The text of a scalar, or empty with a problem when the node is a list or mapping. */
    public Optional<String> text(Node node, String key, Problems problems) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return Optional.of(s.getValue());
        }
        problems.add(error(node, "\"" + key + "\" must be a single value", "write " + key + ": some text"));
        return Optional.empty();
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    public static boolean isSequence(Node node) {
        return node instanceof SequenceNode;
    }

    public static List<Node> items(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of(node);
    }
}
