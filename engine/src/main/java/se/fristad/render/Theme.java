package se.fristad.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.nodes.Node;

import se.fristad.load.SiteFiles;
import se.fristad.text.TextFiles;
import se.fristad.load.Yaml;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * The default theme shipped in the jar plus a site's own {@code templates/}, {@code assets/} and {@code i18n/}.
 * One lookup rule, as in Hugo: a site file overrides the theme file with the same path.
 */
public final class Theme {
    public static final String BUILT_IN = "/theme";

    private final Path siteDir;

    public Theme(Path siteDir) {
        this.siteDir = siteDir;
    }

    public Path siteTemplates() {
        return siteDir.resolve("templates");
    }

    /** Whether a template comes from the site rather than the built-in theme. */
    public boolean siteHasTemplate(String name) {
        return Files.isRegularFile(siteTemplates().resolve(name));
    }

    /** Every template file: the path to name in messages → the file (the site's own win over built-in ones). */
    public Map<Path, Path> templates() throws IOException {
        Map<String, Path> byName = new TreeMap<>();
        Map<String, Path> shown = new TreeMap<>();
        Path builtIn = builtIn("templates");
        if (builtIn != null) {
            try (Stream<Path> walk = Files.walk(builtIn)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String rel = builtIn.relativize(p).toString();
                    byName.put(rel, p);
                    shown.put(rel, Paths.get("(built-in theme)/templates/" + rel));
                });
            }
        }
        for (Path p : SiteFiles.walk(siteDir, siteTemplates(), new Problems())) { // links out of the site: reported by the build
            String rel = siteTemplates().relativize(p).toString();
            byName.put(rel, p);
            shown.put(rel, p);
        }
        Map<Path, Path> out = new LinkedHashMap<>();
        byName.forEach((rel, p) -> out.put(shown.get(rel), p));
        return out;
    }

    /**
     * The names a page's {@code layout:} may give: every template but the frame ({@code layout.ftlh}), macro
     * libraries and partials (names starting with {@code _}) and the templates of pages the builder makes itself
     * (folder listings, the search page, the A–Z list, the accessibility statement), without {@code .ftlh}, sorted.
     */
    private static final java.util.Set<String> GENERATED = java.util.Set.of("listing.ftlh", "search.ftlh", "az.ftlh", "accessibility-statement.ftlh", "404.ftlh");

    public java.util.List<String> layoutNames() throws IOException {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Path shown : templates().keySet()) {
            String name = shown.getFileName().toString();
            if (name.endsWith(".ftlh") && !name.equals("layout.ftlh") && !name.startsWith("_") && !GENERATED.contains(name)) {
                out.add(name.substring(0, name.length() - ".ftlh".length()));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Every asset, built-in first then the site's on top: site-relative address ({@code assets/…}) → file. */
    public Map<String, Path> assets() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        Path builtIn = builtIn("assets");
        if (builtIn != null) {
            collect(builtIn, out);
        }
        Path own = siteDir.resolve("assets");
        for (Path p : SiteFiles.walk(siteDir, own, new Problems())) { // links out of the site: reported by the build
            out.put("assets/" + own.relativize(p).toString().replace('\\', '/'), p);
        }
        return out;
    }

    private static void collect(Path dir, Map<String, Path> out) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    out.put("assets/" + rel, p);
                }
            });
        }
    }

    /**
     * The theme strings for a language: the built-in file, then the site's {@code i18n/<code>.yml} over it.
     * Missing strings are taken from {@code fallbackCode} (the site's source language, which its editors read), then
     * from English.
     */
    public Map<String, String> strings(String code, String fallbackCode, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : new String[] {"en", fallbackCode, code}) {
            out.putAll(builtInStrings(c, problems));
            out.putAll(siteStrings(c, problems));
        }
        return out;
    }

    /** The keys defined for exactly this language (no fallbacks), to list what is missing. */
    public Map<String, String> ownStrings(String code, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>(builtInStrings(code, problems));
        out.putAll(siteStrings(code, problems));
        return out;
    }

    private Map<String, String> builtInStrings(String code, Problems problems) {
        String resource = BUILT_IN + "/i18n/" + code + ".yml";
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Path shown = Paths.get("(built-in theme)/i18n/" + code + ".yml");
            return TextFiles.decode(shown, in.readAllBytes(), problems).map(t -> parseStrings(shown, t, problems)).orElse(Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, String> siteStrings(String code, Problems problems) {
        Path file = siteDir.resolve("i18n").resolve(code + ".yml");
        if (!Files.isRegularFile(file) || !SiteFiles.followable(siteDir, file)) {
            return Map.of();
        }
        try {
            return TextFiles.readUtf8(file, problems).map(t -> parseStrings(file, t, problems)).orElse(Map.of());
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "cannot read: " + e.getMessage(), "check the file's permissions"));
            return Map.of();
        }
    }

    private static Map<String, String> parseStrings(Path file, String text, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        Yaml yaml = new Yaml(file, 0);
        Optional<Node> root = yaml.parse(text, problems);
        if (root.isEmpty() || Yaml.isNull(root.get())) {
            return out;
        }
        for (Yaml.Entry e : yaml.entries(root.get(), problems)) {
            yaml.text(e.value(), e.key(), problems).ifPresent(v -> out.put(e.key(), v));
        }
        return out;
    }

    /** The built-in theme folder as a path, inside the jar or in target/classes; null if absent. */
    static Path builtIn(String folder) throws IOException {
        URL url = Theme.class.getResource(BUILT_IN + "/" + folder);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(BUILT_IN + "/" + folder);
            }
            return Paths.get(uri);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
