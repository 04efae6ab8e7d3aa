package se.fristad.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problems;

/**
 * Reads the values of typed front-matter keys (texts, lists, addresses, words from a vocabulary), reporting each
 * wrong shape or value at its line and column. A list key also takes a single value ({@code audience: adults}).
 */
final class Fields {
    private static final Pattern HTTPS = Pattern.compile("(?i)https://[^\\s/?#.]+(\\.[^\\s/?#.]+)+([/?#]\\S*)?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9](?:[0-9 -]*[0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A value of a list with its node, for messages about that item. */
    record Item(String value, Node node) {
    }

    final Yaml yaml;
    final Problems problems;

    Fields(Yaml yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    void error(Node node, String message, String hint) {
        problems.add(yaml.error(node, message, hint));
    }

    /** A text value, trimmed; empty for an empty value; empty with a problem for a list or mapping. */
    String text(Node node, String key) {
        if (Yaml.isNull(node)) {
            return "";
        }
        return yaml.text(node, key, problems).map(String::strip).orElse("");
    }

    /** A list of texts; a single text is a list of one. Empty items are left out. */
    List<Item> list(Node node, String key, String example) {
        List<Item> out = new ArrayList<>();
        if (Yaml.isNull(node)) {
            return out;
        }
        if (node instanceof MappingNode) {
            error(node, "\"" + key + "\" must be a list", "write " + example);
            return out;
        }
        for (Node item : Yaml.items(node)) {
            if (item instanceof ScalarNode s) {
                if (!Yaml.isNull(s) && !s.getValue().isBlank()) {
                    out.add(new Item(s.getValue().strip(), s));
                }
            } else {
                error(item, "each item of \"" + key + "\" must be a single value", "write " + example);
            }
        }
        return out;
    }

    static List<String> values(List<Item> items) {
        return items.stream().map(Item::value).toList();
    }

    /** The items of a list of mappings (actions, goals, phones); a single mapping or text is a list of one. */
    List<Node> nodes(Node node, String key, String example) {
        if (Yaml.isNull(node)) {
            return List.of();
        }
        if (node instanceof MappingNode) {
            error(node, "\"" + key + "\" must be a list", "start each item on its own line with -, e.g. " + example);
            return List.of();
        }
        return node instanceof SequenceNode s ? s.getValue() : List.of(node);
    }

    /** Keeps the items that are words of {@code allowed}, reporting the others with a suggestion. */
    List<String> vocabulary(List<Item> items, String what, Collection<String> allowed) {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            if (allowed.contains(i.value())) {
                if (!out.contains(i.value())) {
                    out.add(i.value());
                }
            } else {
                error(i.node(), "unknown " + what + " \"" + i.value() + "\"", DidYouMean.hint(i.value(), allowed));
            }
        }
        return out;
    }

    /** An {@code https://} address, or empty with a problem. */
    String https(Node node, String key, String example) {
        String v = text(node, key);
        if (v.isEmpty() || HTTPS.matcher(v).matches()) {
            return v;
        }
        error(node, key + " must be an https:// address, not \"" + v + "\"",
                "write the full address, e.g. " + key + ": " + example);
        return "";
    }

    String email(Node node, String key) {
        String v = text(node, key);
        if (v.isEmpty() || EMAIL.matcher(v).matches()) {
            return v;
        }
        error(node, key + " must be an e-mail address, not \"" + v + "\"", "write " + key + ": name@example.se");
        return "";
    }

    /** A phone number as written, or empty with a problem when it has anything but digits, spaces, hyphens and a leading +. */
    String phone(Node node, String v) {
        if (PHONE.matcher(v).matches()) {
            return v;
        }
        error(node, "phone number \"" + v + "\" may only have digits, spaces and hyphens, and + first",
                "write the number as it is dialled, e.g. 020-50 50 50");
        return "";
    }

    /** A municipality named in site.yml, or empty with a problem. */
    String municipality(Item item, String key, List<String> municipalities) {
        if (municipalities.contains(item.value())) {
            return item.value();
        }
        String hint = municipalities.isEmpty()
                ? "add municipalities: [" + item.value() + "] to site.yml"
                : DidYouMean.closest(item.value(), municipalities).map(c -> "did you mean \"" + c + "\"?")
                        .orElse("site.yml's municipalities are: " + String.join(", ", municipalities)
                                + (key.equals("area") ? "; or write area: national" : ""));
        error(item.node(), "\"" + item.value() + "\" is not one of the municipalities in site.yml", hint);
        return "";
    }

    /** The entries of a mapping, or none with a problem naming what it should have been. */
    List<Yaml.Entry> entries(Node node, String what, String example) {
        if (!(node instanceof MappingNode)) {
            error(node, what + " must be a list of key: value lines", "write " + example);
            return List.of();
        }
        return yaml.entries(node, problems);
    }

    void unknownKey(Yaml.Entry e, String where, List<String> allowed) {
        error(e.keyNode(), "unknown key \"" + e.key() + "\" in " + where, DidYouMean.hint(e.key(), allowed));
    }

    static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
