package se.fristad.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * Search for a folder of HTML that any tool built (Hugo, JBake, MkDocs, Eleventy, by hand): {@code fristad index}.
 * Each page's language comes from {@code <html lang>} (one edition per primary language subtag, analysed by the same
 * chains as Fristad's own editions), its text from the element marked {@code data-fristad-body}, else
 * {@code <main>}, else {@code <body>} — without {@code data-fristad-ignore}, scripts, styles and, outside
 * {@code <main>}, the site's navigation, header and footer — and its title from the first {@code <h1>}, else
 * {@code <title>}. If any page marks a body, only pages that do are indexed (as Pagefind does with
 * {@code data-pagefind-body}). The index and the browser client go to {@code DIR/search/}: the same static files
 * Fristad's build writes, plus {@code fristad-search.js} (client and search box) and {@code chains/}. The Lucene
 * index the {@code search} command reads goes beside the folder, as after a build ({@code DIR-lucene/}).
 */
public final class SiteIndexer {
    /** The file in the output folder that says it is ours and lists what we wrote, so a re-run deletes only that. */
    public static final String MARKER = ".fristad-index";
    /** The client the pages load: search.js and the search box in one file. */
    public static final String CLIENT = "fristad-search.js";
    private static final String RESOURCES = "/fristad-search/";

    /** What the index holds: pages per edition, and the files written. */
    public record Result(Map<String, Integer> pagesPerEdition, int files, long bytes, long millis) {
    }

    private SiteIndexer() {
    }

    /**
     * Indexes the HTML pages below {@code dir} into {@code dir/<subdir>/}. Problems (a missing folder, a folder in the
     * way that this command did not make, pages without a language) go to {@code problems}; when there is an error,
     * nothing is written and null comes back.
     */
    public static Result index(Path dir, String subdir, String defaultLang, Problems problems) throws IOException {
        long start = System.nanoTime();
        Path site = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            problems.add(Problem.error(site, 1, 1, "no such folder",
                    "give the folder your site generator wrote, e.g. --site public (Hugo) or --site _site (Eleventy)"));
            return null;
        }
        if (!subdir.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || subdir.equals("..")) {
            problems.add(Problem.error(site, 1, 1, "--output-subdir \"" + subdir + "\" is not a folder name",
                    "use one folder name of letters, digits, '-', '_' or '.', e.g. --output-subdir search"));
            return null;
        }
        Path out = site.resolve(subdir);
        List<String> ours = previousFiles(out, problems);
        if (ours == null) {
            return null;
        }

        // Read every page: language, fields. Pages marked data-fristad-body win over the rest, as in Pagefind.
        // One page's DOM at a time: what is kept per page is its text, so memory grows with the text, not the HTML.
        List<Path> files = htmlFiles(site, out);
        boolean anyMarked = false;
        for (Path f : files) {
            anyMarked |= mentionsMarkedBody(f);
        }
        Map<String, List<PageText>> editions = new TreeMap<>();
        Map<String, String> langOf = new TreeMap<>();
        for (Path f : files) {
            if (anyMarked && !mentionsMarkedBody(f)) {
                continue;
            }
            Document doc = Jsoup.parse(f.toFile(), null, "");
            if (anyMarked && doc.selectFirst("[data-fristad-body]") == null) {
                continue;
            }
            String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").trim();
            if (lang.isEmpty()) {
                problems.add(Problem.warning(f, 1, 1, "the page has no <html lang>, so it is searched as \""
                        + defaultLang + "\"", "add lang=\"…\" to its <html> element, or pass --default-lang"));
                lang = defaultLang;
            }
            String code = edition(lang);
            langOf.putIfAbsent(code, lang);
            PageText text = text(urlOf(site, f), doc);
            if (text != null) {
                editions.computeIfAbsent(code, k -> new ArrayList<>()).add(text);
            }
        }
        if (editions.isEmpty()) {
            problems.add(Problem.error(site, 1, 1, "no HTML pages with text to index",
                    "give the folder with the built site's .html files (not its sources)"));
            return null;
        }

        // Write into a fresh folder beside the old one, then put it in place: a failed run leaves the old index.
        Path staging = Files.createTempDirectory(site, "." + subdir + ".new-");
        Path luceneRoot = LuceneIndex.besideSite(site);
        long[] bytes = {0};
        List<String> written = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        try {
            StaticIndex.Output sink = new StaticIndex.Output() {
                @Override
                public void write(String path, byte[] data) {
                    String rel = inOut(path);
                    SiteIndexer.write(staging, rel, data);
                    written.add(rel);
                    bytes[0] += data.length;
                }

                @Override
                public void move(String from, String to) { // the shards into the folder named by their content
                    String f = inOut(from) + "/";
                    String t = inOut(to) + "/";
                    try {
                        Files.createDirectories(staging.resolve(t).getParent());
                        Files.move(staging.resolve(f), staging.resolve(t));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written.replaceAll(rel -> rel.startsWith(f) ? t + rel.substring(f.length()) : rel);
                }
            };
            TreeSet<String> chains = new TreeSet<>();
            for (Map.Entry<String, List<PageText>> e : editions.entrySet()) {
                List<PageText> pages = e.getValue();
                pages.sort((x, y) -> x.url().compareTo(y.url()));
                Analysis.Chain chain = Analysis.chainFor(langOf.get(e.getKey()));
                Directory memory = LuceneIndex.write(luceneRoot.resolve(e.getKey()), chain, null, Synonyms.NONE, pages);
                try (memory; DirectoryReader reader = DirectoryReader.open(memory)) {
                    StaticIndex.export(reader, e.getKey(), chain, Synonyms.NONE, sink);
                }
                counts.put(e.getKey(), pages.size());
                if (chain != Analysis.Chain.STANDARD) {
                    chains.add(chain.id);
                }
            }
            // The client: search.js and the search box, one file; the chains it loads on demand beside it.
            byte[] client = ClientScript.shipped(resource("search.js") + "\n" + resource("search-box.js")).getBytes(StandardCharsets.UTF_8);
            sink.write(CLIENT, client);
            for (String c : chains) {
                sink.write("chains/" + c + ".js", ClientScript.shipped(resource("search/" + c + ".js")).getBytes(StandardCharsets.UTF_8));
            }
            sink.write("chains/LICENSE-snowball.txt", resource("search/LICENSE-snowball.txt").getBytes(StandardCharsets.UTF_8));
            written.add(MARKER);
            write(staging, MARKER, (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));
            replace(out, staging, ours);
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
        return new Result(counts, written.size(), bytes[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** A path of the export ({@code search/…}) as a path below this command's output folder. */
    private static String inOut(String path) {
        return path.startsWith("search/") ? path.substring("search/".length()) : path;
    }

    /** Whether a page's source names the body marker at all (a quick look before parsing it). */
    private static boolean mentionsMarkedBody(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("data-fristad-body");
    }

    /** The edition a language tag belongs to: its primary subtag, lower case ({@code sv-SE} → {@code sv}). */
    static String edition(String lang) {
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.matches("[a-z]{2,8}") ? primary : "und";
    }

    /** The address of a page below the site's top, as links to it are written: {@code a/b/} for {@code a/b/index.html}. */
    static String urlOf(Path site, Path file) {
        String rel = site.relativize(file).toString().replace('\\', '/');
        if (rel.equals("index.html")) {
            return "";
        }
        return rel.endsWith("/index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel;
    }

    /** The fields of one page, or null when it has nothing to search (a redirect, an empty page). */
    static PageText text(String url, Document doc) {
        Element body = doc.selectFirst("[data-fristad-body]");
        boolean marked = body != null;
        if (body == null) {
            body = doc.selectFirst("main");
        }
        if (body == null) {
            body = doc.body();
        }
        if (body == null) {
            return null;
        }
        body = body.clone();
        body.select("[data-fristad-ignore], script, style, noscript, template, [hidden]").remove();
        if (!marked && !"main".equals(body.tagName())) {
            body.select("nav, header, footer, aside, form").remove();
        }
        Element h1 = body.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        if (title.isBlank()) {
            title = url.isEmpty() ? "/" : url;
        }
        if (h1 != null) {
            h1.remove();
        }
        StringBuilder headings = new StringBuilder();
        for (Element h : body.select("h2, h3, h4, h5, h6")) {
            headings.append(headings.length() > 0 ? "\n" : "").append(h.text());
        }
        body.select("h2, h3, h4, h5, h6").remove();
        Element description = doc.selectFirst("meta[name=description]");
        String summary = description == null ? "" : description.attr("content").trim();
        String text = body.text();
        if (text.isBlank() && headings.length() == 0 && h1 == null) {
            return null;
        }
        return new PageText(url, title, headings.toString(), summary, text);
    }

    /** The .html files below the site, in path order; not below the output folder, never through a link. */
    private static List<Path> htmlFiles(Path site, Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String name = d.getFileName() == null ? "" : d.getFileName().toString();
                return d.equals(out) || !d.equals(site) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (attrs.isRegularFile() && (name.endsWith(".html") || name.endsWith(".htm"))) {
                    files.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * The files an earlier run wrote into {@code out} (from its marker), an empty list when {@code out} does not
     * exist, or null (with an error) when something else is there: this command never deletes what it did not make.
     */
    private static List<String> previousFiles(Path out, Problems problems) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Path marker = out.resolve(MARKER);
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.error(out, 1, 1, "this folder is in the way: the search index goes here, but "
                            + "fristad index did not make it (it has no " + MARKER + ")",
                    "choose another folder for the index with --output-subdir, e.g. --output-subdir fristad-search"));
            return null;
        }
        return Files.readAllLines(marker, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** Puts the new index in place of the old: deletes what the last run wrote (nothing else), then moves files in. */
    private static void replace(Path out, Path staging, List<String> previous) throws IOException {
        for (String rel : previous) {
            Path f = out.resolve(rel).normalize();
            if (f.startsWith(out) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(f);
            }
        }
        Files.createDirectories(out);
        try (var all = Files.walk(staging)) {
            for (Path f : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = out.resolve(staging.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.move(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteEmptyDirs(out);
    }

    private static void deleteEmptyDirs(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path d : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!d.equals(dir)) {
                    try (var list = Files.list(d)) {
                        if (list.findAny().isEmpty()) {
                            Files.delete(d);
                        }
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void write(Path root, String rel, byte[] data) {
        try {
            Path f = root.resolve(rel);
            Files.createDirectories(f.getParent());
            Files.write(f, data);
            f.toFile().setReadable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteIndexer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
