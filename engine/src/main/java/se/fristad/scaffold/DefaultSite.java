package se.fristad.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The repository's own site (content/ and site.yml), packed into the jar under {@code defaultsite/} by the
 * build (see pom.xml). {@code new site} copies its national pages from here, so there is one text to keep.
 */
final class DefaultSite {
    private static final String ROOT = "defaultsite/";

    private DefaultSite() {
    }

    /** A file of the default site, e.g. {@code content/sv/index.md}, or empty when it has none. */
    static Optional<String> read(String path) {
        try (InputStream in = DefaultSite.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default site's site.yml, parsed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> config() {
        String yml = read("site.yml").orElseThrow(() -> new IllegalStateException("the jar has no defaultsite/site.yml"));
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yml);
    }

    /** The entries of its {@code languages:}, each a code or a map with {@code code}. */
    @SuppressWarnings("unchecked")
    static List<Object> languages() {
        return new ArrayList<>((List<Object>) config().get("languages"));
    }

    /** The municipalities whose local pages and plans the default site has. */
    @SuppressWarnings("unchecked")
    static List<String> municipalities() {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) config().getOrDefault("municipalities", List.of())) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    /** The code of a {@code languages:} entry. */
    @SuppressWarnings("unchecked")
    static String code(Object entry) {
        return entry instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("code")) : String.valueOf(entry);
    }
}
