package se.fristad.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which front-matter keys belong to which page type, and reading them into that type's {@link TypedData}.
 * A key of another type is an error that names the type it belongs to.
 */
final class TypedKeys {
    private static final Map<String, List<String>> BY_TYPE = Map.of(
            "support", Support.KEYS,
            "definition", Definition.KEYS,
            "plan", Plan.KEYS);

    private TypedKeys() {
    }

    /** The keys of a type (none for {@code page}). */
    static List<String> of(String type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }

    /** The type a key belongs to, or null when it belongs to none. */
    static String typeOf(String key) {
        for (String type : List.of("support", "definition", "plan")) {
            if (BY_TYPE.get(type).contains(key)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Reads the typed keys of a page whose type is {@code type}; keys of other types are reported.
     *
     * @param title the page's title, the default term of a definition
     * @param source whether the page is in the site's source language (a translation may leave out what it inherits)
     * @return the type's data, or null for {@code page}
     */
    static TypedData read(String type, Map<String, Yaml.Entry> keys, Fields f, List<String> municipalities, String title,
                          boolean source) {
        Map<String, Yaml.Entry> own = new LinkedHashMap<>();
        for (Yaml.Entry e : keys.values()) {
            if (of(type).contains(e.key())) {
                own.put(e.key(), e);
            } else {
                f.error(e.keyNode(), e.key() + " is only for type: " + typeOf(e.key()),
                        "remove the line, or make this page type: " + typeOf(e.key()) + " (it is type: " + type + ")");
            }
        }
        return switch (type) {
            case "support" -> SupportReader.read(own, f, municipalities, source);
            case "plan" -> {
                Plan plan = PlanReader.read(own, f, municipalities);
                if (source && !own.containsKey("municipality")) {
                    f.problems.add(se.fristad.problem.Problem.error(f.yaml.file(), 1, 1, "a plan needs a municipality",
                            municipalities.isEmpty() ? "add municipalities: [Name] to site.yml and municipality: Name here"
                                    : "add municipality: one of " + String.join(", ", municipalities)));
                }
                yield plan;
            }
            case "definition" -> {
                String term = own.containsKey("term") ? f.text(own.get("term").value(), "term") : "";
                List<String> aliases = own.containsKey("aliases")
                        ? Fields.values(f.list(own.get("aliases").value(), "aliases", "aliases: [hedersvåld]")) : List.of();
                yield new Definition(term.isEmpty() ? title : term, aliases);
            }
            default -> null;
        };
    }
}
