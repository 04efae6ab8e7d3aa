package se.fristad.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import se.fristad.problem.DidYouMean;

/** Reads the keys of a {@code type: support} page into a {@link Support}. */
final class SupportReader {
    private static final List<String> PHONE_KEYS = List.of("number", "label");

    private SupportReader() {
    }

    /** @param source false on a translation: a phone may be a label alone, for the original's number in its place */
    static Support read(Map<String, Yaml.Entry> keys, Fields f, List<String> municipalities, boolean source) {
        List<Support.Phone> phones = new ArrayList<>();
        String chat = "";
        String email = "";
        String sms = "";
        String hours = "";
        List<String> audience = List.of();
        String cost = "";
        String anonymity = "";
        String languages = "";
        List<String> area = List.of();
        String website = "";
        String pictogram = "";
        for (Yaml.Entry e : keys.values()) {
            Node v = e.value();
            switch (e.key()) {
                case "phones" -> {
                    for (Node item : f.nodes(v, "phones", "- number: 020-50 50 50")) {
                        phone(item, f, source).ifPresent(phones::add);
                    }
                }
                case "chat" -> chat = f.https(v, "chat", "https://www.example.se/chatt");
                case "email" -> email = f.email(v, "email");
                case "sms" -> sms = f.text(v, "sms");
                case "hours" -> hours = f.text(v, "hours");
                case "audience" -> audience = f.vocabulary(f.list(v, "audience", "audience: [adults, relatives]"),
                        "audience", Support.AUDIENCES);
                case "cost" -> cost = f.text(v, "cost");
                case "anonymity" -> anonymity = f.text(v, "anonymity");
                case "languages" -> languages = f.text(v, "languages");
                case "area" -> area = area(f.list(v, "area", "area: national, or area: [Umeå]"), f, municipalities);
                case "website" -> website = f.https(v, "website", "https://www.example.se");
                case "pictogram" -> {
                    String p = f.text(v, "pictogram");
                    if (!p.isEmpty() && !Support.PICTOGRAMS.contains(p)) {
                        f.error(v, "unknown pictogram \"" + p + "\"", DidYouMean.hint(p, Support.PICTOGRAMS));
                    } else {
                        pictogram = p;
                    }
                }
                default -> throw new IllegalStateException(e.key());
            }
        }
        return new Support(List.copyOf(phones), chat, email, sms, hours, audience, cost, anonymity, languages, area, website, pictogram);
    }

    private static java.util.Optional<Support.Phone> phone(Node item, Fields f, boolean source) {
        if (item instanceof ScalarNode s) {
            String n = f.text(s, "phones");
            return n.isEmpty() ? java.util.Optional.empty() : Fields.nonEmpty(f.phone(s, n)).map(x -> new Support.Phone(x, ""));
        }
        if (!(item instanceof MappingNode)) {
            f.error(item, "a phone must be a number or number: and label: lines", "write - number: 020-50 50 50");
            return java.util.Optional.empty();
        }
        String number = "";
        String label = "";
        Node numberNode = null;
        for (Yaml.Entry e : f.entries(item, "a phone", "- number: 020-50 50 50")) {
            switch (e.key()) {
                case "number" -> {
                    number = f.text(e.value(), "number");
                    numberNode = e.value();
                }
                case "label" -> label = f.text(e.value(), "label");
                default -> f.unknownKey(e, "a phone", PHONE_KEYS);
            }
        }
        if (number.isEmpty() && !source && !label.isEmpty()) {
            return java.util.Optional.of(new Support.Phone("", label)); // the original's number at this place, this label
        }
        if (number.isEmpty()) {
            f.error(item, "a phone has no number", source ? "add number: 020-50 50 50 (the number as it is dialled)"
                    : "give label: (the number comes from the original), or delete the line");
            return java.util.Optional.empty();
        }
        String shown = label;
        return Fields.nonEmpty(f.phone(numberNode, number)).map(n -> new Support.Phone(n, shown));
    }

    private static List<String> area(List<Fields.Item> items, Fields f, List<String> municipalities) {
        List<String> out = new ArrayList<>();
        boolean national = items.stream().anyMatch(i -> i.value().equals(Support.NATIONAL));
        for (Fields.Item i : items) {
            if (i.value().equals(Support.NATIONAL)) {
                if (items.size() > 1) {
                    f.error(i.node(), "area national cannot be combined with municipalities",
                            "write area: national for a service in all of Sweden, or list only municipalities");
                    return List.of();
                }
                out.add(Support.NATIONAL);
            } else if (!national) {
                String m = f.municipality(i, "area", municipalities);
                if (!m.isEmpty() && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return List.copyOf(out);
    }
}
