package se.fristad.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
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

    /** Deeper than this, YAML is not a page's settings but a mistake (or an attack on the parser's stack). */
    static final int MAX_DEPTH = 50;

    /**
     * Parses {@code text}; a syntax error becomes a problem and an empty result. So does a comment after a value on the
     * same line ({@code what: arbetet med #WeDo.}): YAML reads {@code " #"} as the start of a comment, and the text
     * after it would silently vanish from the site. Whole-line comments are fine.
     */
    public Optional<Node> parse(String text, Problems problems) {
        try {
            if (!safe(text, problems)) {
                return Optional.empty();
            }
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

    /**
     * Reads the event stream once (the parser keeps its own stack, so any depth is safe here; composing the node tree
     * recurses) and reports comments that follow a value on its line, and nesting deeper than {@link #MAX_DEPTH}.
     */
    private boolean safe(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setParseComments(true).build();
        String[] lines = text.split("\n", -1);
        int depth = 0;
        int before = problems.errorCount();
        Event last = null;
        Iterable<Event> events = new Parse(settings).parseString(text);
        java.util.Iterator<Event> it = events.iterator();
        while (true) {
            Event e;
            try {
                if (!it.hasNext()) {
                    break;
                }
                e = it.next();
            } catch (YamlEngineException broken) {
                return problems.errorCount() == before; // the syntax error is reported by the parse that builds the tree
            }
            if (e instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    Mark m = e.getStartMark().orElseThrow();
                    problems.add(Problem.error(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1,
                            "lists or settings nested more than " + MAX_DEPTH + " levels deep",
                            "settings are at most a few levels deep: check the brackets and the indentation"));
                    return false;
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof CommentEvent c && c.getCommentType() == CommentType.IN_LINE) {
                problems.add(trailingComment(c, last, lines));
                continue;
            }
            if (!(e instanceof CommentEvent)) {
                last = e;
            }
        }
        return problems.errorCount() == before;
    }

    /** {@code path:line:col: text after " #" is a YAML comment …} with the line as it should be written. */
    private Problem trailingComment(CommentEvent comment, Event last, String[] lines) {
        Mark m = comment.getStartMark().orElseThrow();
        String line = m.getLine() < lines.length ? lines[m.getLine()] : "";
        int hash = Math.max(0, Math.min(line.length(), m.getColumn()));
        int valueStart = -1;
        String before = line.substring(0, hash).stripTrailing();
        if (before.endsWith(":") || before.equals("-") || before.endsWith(" -")) {
            valueStart = hash; // "key: #text" or "- #text": no value at all, the whole "value" is the comment
        } else if (last instanceof ScalarEvent s && s.getScalarStyle() == ScalarStyle.PLAIN && !s.getValue().isEmpty()
                && s.getStartMark().map(Mark::getLine).orElse(-1) == m.getLine()) {
            valueStart = s.getStartMark().get().getColumn();
        }
        String hint;
        if (valueStart >= 0 && valueStart <= hash) {
            String value = line.substring(valueStart).strip();
            String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value.replace("\\", "\\\\") + "\"";
            hint = "put the whole value in quotes: " + (line.substring(0, valueStart).strip() + " " + quoted).strip()
                    + " (a note for editors goes on a line of its own)";
        } else {
            hint = "put the value in quotes if \"#\" belongs to it, or move the comment to a line of its own";
        }
        return Problem.error(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1,
                "text after \" #\" is a YAML comment and is not published", hint);
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
