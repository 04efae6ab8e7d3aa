package se.fristad.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import se.fristad.check.AnchorChecker;
import se.fristad.check.Readability;
import se.fristad.check.SvgSafety;
import se.fristad.check.ThemeSafety;
import se.fristad.config.Language;
import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.load.Content;
import se.fristad.load.ContentLoader;
import se.fristad.load.FrontMatter;
import se.fristad.load.SiteFiles;
import se.fristad.load.SourcePage;
import se.fristad.load.StaticFile;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.Icons;
import se.fristad.render.Layouts;
import se.fristad.render.LinkResolver.AnchorUse;
import se.fristad.render.MarkdownRenderer;
import se.fristad.render.PageRenderer;
import se.fristad.render.Theme;
import se.fristad.render.ThemeAssets;
import se.fristad.build.SearchBuild;
import se.fristad.write.AtomicOutput;
import se.fristad.write.OutputFolder;

/**
 * The pipeline: load → model → render → check → write. Problems are collected from every stage; a build
 * replaces its output folder only when there are none. The object remembers what it rendered, so
 * {@link #update} (used by {@code serve}) re-renders only the pages a changed Markdown file shows on.
 */
public final class Build {

    /** What the run did. */
    public record Result(List<Problem> problems, int pages, int rendered, long millis, Site site) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /** What rendering one page found: the anchors it links to, its heading ids, its problems. */
    private record PageState(List<AnchorUse> anchors, Set<String> ids, List<Problem> problems) {
    }

    private final Path siteDir;
    private final boolean drafts;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    // state of the last run, for update()
    private List<Problem> loadProblems = List.of();
    /** What {@link se.fristad.check.SafetyFacts} found, part of {@link #loadProblems}: made again after a saved body. */
    private List<Problem> factProblems = List.of();
    private Content content;
    private Site site;
    private Theme theme;
    private ThemeAssets assets;
    private Map<String, Map<String, String>> strings;
    private Layouts layouts;
    private Map<String, String> icons;
    private final Map<String, PageState> states = new ConcurrentHashMap<>();
    private SearchBuild search;
    private PageRenderer renderer;
    private boolean keepSources;

    public Build(Path siteDir, boolean drafts) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.drafts = drafts;
    }

    public Path siteDir() {
        return siteDir;
    }

    /** Milliseconds the last build spent on search (Lucene indexes and their static export). */
    public long searchMillis() {
        return search == null ? 0 : search.millis();
    }

    /** Runs every check; writes nothing. */
    public Result check() {
        return full(null);
    }

    /** Builds into {@code out}, replacing it only on success. */
    public Result build(Path out) {
        return full(out);
    }

    private Result full(Path out) {
        awaitSearch(); // a preview's index update still writing into the folder this build replaces
        long start = System.nanoTime();
        Problems problems = new Problems();
        states.clear();
        site = null;
        renderer = null;
        if (out != null) {
            OutputFolder.check(siteDir, out, SearchBuild.luceneDir(out), problems);
        }
        boolean writable = problems.errorCount() == 0;
        Optional<SiteConfig> config = SiteConfigLoader.load(siteDir, problems);
        if (config.isEmpty()) {
            return new Result(problems.sorted(), 0, 0, elapsed(start), null);
        }
        content = new ContentLoader(siteDir, config.get()).load(drafts, keepSources, problems);
        site = Site.of(config.get(), content, problems);
        SiteConfig c = config.get();
        if (c.safetyPageLine() > 0 && site.page(c.source().code(), c.safetyPage()).isEmpty()) {
            problems.add(Problem.error(siteDir.resolve("site.yml"), c.safetyPageLine(), 1, "safetyPage " + c.safetyPage() + " is not a page",
                    "name a file below content/" + c.source().code() + "/, e.g. safetyPage: " + SiteConfig.DEFAULT_SAFETY_PAGE));
        }
        if (c.accessibility() != null && site.page(c.source().code(), c.accessibility().page()).isEmpty()) {
            String page = c.accessibility().page();
            problems.add(Problem.error(siteDir.resolve("site.yml"), c.accessibility().line(), 1, "the accessibility statement's page " + page + " does not exist",
                    "create content/" + c.source().code() + "/" + page + " with a title (the statement is written below its text),"
                            + " or name another page with page: in the accessibility block"));
        }
        if (c.baseUrl().isEmpty()) {
            problems.add(Problem.warning(siteDir.resolve("site.yml"), 1, 1,
                    "no baseURL: the build does not know the site's address, so it writes no sitemap.xml, canonical links or"
                            + " absolute hreflang links, and the 404 pages link from the server's top",
                    "add baseURL: " + SiteConfig.BASE_URL_EXAMPLE + " (the address the site is published at)"));
        }
        SiteFiles.checkLinks(siteDir, problems);
        factProblems = facts(site);
        problems.addAll(factProblems);
        theme = new Theme(siteDir);
        AtomicOutput output = null;
        AtomicOutput lucene = null;
        try {
            assets = ThemeAssets.of(theme.assets());
            ThemeSafety.check(theme.templates(), assets.files(), problems);
            for (StaticFile f : site.staticFiles()) {
                if (f.relPath().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                    SvgSafety.check(f.file(), f.file(), problems);
                }
            }
            strings = new HashMap<>();
            for (Language l : site.languages()) {
                Map<String, String> t = theme.strings(l.code(), site.config().source().code(), problems);
                if (theme.ownStrings(l.code(), problems).isEmpty()) {
                    t = withoutOwnStrings(t, l, site.config().source()); // the source language's words, saying which edition a page is missing in
                }
                Optional<Language> ordinary = l.easyRead() ? site.config().ordinary(l) : Optional.empty();
                if (ordinary.isPresent()) {
                    // an easy-read edition says in simpler words what it has its own strings for; the rest as its ordinary edition
                    t = new java.util.LinkedHashMap<>(theme.strings(ordinary.get().code(), site.config().source().code(), problems));
                    t.putAll(theme.ownStrings(l.code(), problems));
                }
                strings.put(l.code(), t);
            }
            if (out == null) {
                missingStrings(problems);
                Readability.check(site, problems);
            }
            search = new SearchBuild(siteDir, site, problems);
            layouts = new Layouts(theme);
            icons = Icons.read(assets.files());
            checkLayouts(theme.layoutNames(), problems);
            loadProblems = problems.sorted();
            if (out != null && writable) {
                output = AtomicOutput.begin(out);
                lucene = AtomicOutput.begin(SearchBuild.luceneDir(out));
                search.begin(lucene.staging()); // pages go into the search index as they are rendered
            }
            AtomicOutput sink = output;
            List<Page> pages = site.pages();
            renderer = new PageRenderer(site, layouts, markdown, strings, assets, icons);
            render(pages, sink == null ? null : (rel, bytes) -> sink.write(rel, bytes));
            Problems extraProblems = new Problems(); // 404 pages, stod.json, server files, sitemap.xml, robots.txt (ExtraPages)
            Map<String, byte[]> extra = ExtraPages.render(site, renderer, java.time.LocalDate.now(), extraProblems);
            extraProblems.addAll(collect());
            List<Problem> all = extraProblems.sorted();
            boolean failed = all.stream().anyMatch(Problem::isError);
            if (output != null) {
                if (failed) {
                    discard(output, lucene);
                } else {
                    for (Map.Entry<String, Path> a : assets.files().entrySet()) { // in the folder named by their hash
                        Optional<byte[]> shipped = ThemeAssets.shipped(a.getKey(), a.getValue()); // the search client, without comment lines
                        if (shipped.isPresent()) {
                            output.write(assets.published(a.getKey()), shipped.get());
                        } else {
                            output.copy(a.getValue(), assets.published(a.getKey()));
                        }
                    }
                    extra.forEach(output::write);
                    for (StaticFile f : site.staticFiles()) {
                        output.copy(f.file(), prefix(f.lang()) + f.relPath());
                    }
                    AtomicOutput into = output;
                    search.finish(new se.fristad.search.StaticIndex.Output() {
                        @Override
                        public void write(String path, byte[] bytes) {
                            into.write(path, bytes);
                        }

                        @Override
                        public void move(String from, String to) {
                            into.move(from, to);
                        }
                    });
                    output.commit();
                    lucene.commit();
                }
            }
            return new Result(all, pages.size(), pages.size(), elapsed(start), site);
        } catch (SourcePage.ChangedOnDisk e) { // a page shown by ExtraPages, after its text was let go of
            discard(output, lucene);
            problems.add(changed(e));
            return new Result(problems.sorted(), 0, 0, elapsed(start), site);
        } catch (IOException | UncheckedIOException e) {
            discard(output, lucene);
            problems.add(Problem.error(out != null ? out : siteDir, 1, 1, "cannot write the site: " + e.getMessage(),
                    "check that the output folder is writable and the disk is not full"));
            return new Result(problems.sorted(), 0, 0, elapsed(start), site);
        }
    }

    /**
     * After {@code changed} was saved: when only the body (or a detail shown on that page alone) of a Markdown file
     * changed, re-render just the pages that show it and write them into {@code out} in place; otherwise build
     * everything again.
     */
    public Result update(Path out, Path changed) {
        long start = System.nanoTime();
        Path file = changed.toAbsolutePath().normalize();
        if (site == null || renderer == null || !file.toString().endsWith(".md") || !Files.isRegularFile(file)) {
            return full(out);
        }
        Optional<SourcePage> old = content.pages().stream().filter(p -> p.file().equals(file)).findFirst();
        if (old.isEmpty()) {
            return full(out);
        }
        Problems problems = new Problems();
        Optional<SourcePage> fresh = new ContentLoader(siteDir, site.config()).loadPage(file, old.get().lang(), old.get().relPath(), problems);
        if (fresh.isEmpty() || !sameShape(old.get().front(), fresh.get().front())) {
            return full(out);
        }
        site = site.withSource(old.get(), fresh.get());
        content = site.content();
        // a number written or fixed in the saved text: the facts of the whole site again (in memory, no file read)
        List<Problem> before = factProblems;
        factProblems = facts(site);
        List<Problem> kept = new ArrayList<>(loadProblems);
        kept.removeAll(before);
        kept.addAll(factProblems);
        loadProblems = List.copyOf(kept);
        renderer = renderer.with(site);
        List<Page> affected = site.pages().stream().filter(p -> p.source() != null && p.source().file().equals(file)).toList();
        Set<String> added = ConcurrentHashMap.newKeySet();
        render(affected, inPlace(out, added));
        try {
            AtomicOutput.addToMarker(out, added); // the folder stays known as the build's own
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reindex(out, affected.stream().filter(SearchBuild::indexed).map(p -> p.lang().code()).distinct().toList());
        return new Result(collect(), site.pages().size(), affected.size(), elapsed(start), site);
    }

    // The preview's search index is brought up to date after the page is shown: an edition's index takes seconds
    // on a large site, the page a few milliseconds.
    private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fristad-search-update");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> stale = new java.util.LinkedHashSet<>();
    private boolean indexing;
    private java.util.concurrent.Future<?> indexed;

    /** Rewrites the search index of {@code languages} in the background; saves that come meanwhile are taken along. */
    private synchronized void reindex(Path out, List<String> languages) {
        stale.addAll(languages);
        if (indexing || stale.isEmpty()) {
            return;
        }
        indexing = true;
        SearchBuild index = search;
        indexed = indexer.submit(() -> {
            while (true) {
                List<String> codes;
                synchronized (this) {
                    codes = List.copyOf(stale);
                    stale.clear();
                    if (codes.isEmpty()) {
                        indexing = false;
                        return;
                    }
                }
                Set<String> added = ConcurrentHashMap.newKeySet();
                try {
                    Map<String, String> folders = index.update(SearchBuild.luceneDir(out), inPlace(out, added), codes);
                    AtomicOutput.addToMarker(out, added);
                    for (Map.Entry<String, String> f : folders.entrySet()) { // meta.js names the new folder now: the old one goes
                        removeOtherShards(out, f.getKey(), f.getValue());
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("The search index of " + String.join(", ", codes) + " was not updated: " + e.getMessage());
                    try { // what the export had begun: its provisional folder goes, what it finished stays known as ours
                        for (String code : codes) {
                            AtomicOutput.deleteTree(out.resolve(se.fristad.search.StaticIndex.provisional(code)));
                        }
                        added.removeIf(rel -> !Files.exists(out.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS));
                        AtomicOutput.addToMarker(out, added);
                    } catch (IOException | RuntimeException again) {
                        System.err.println("The search index's files could not be tidied: " + again.getMessage());
                    }
                }
            }
        });
    }

    /**
     * Removes from the built folder {@code out} the shard folders of the edition {@code code} that the preview wrote
     * before ({@code search/sv/<hash>/} but {@code current}), of their files only those its marker lists.
     */
    private static void removeOtherShards(Path out, String code, String current) throws IOException {
        Path edition = out.resolve("search").resolve(code);
        List<String> old = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(edition)) {
            list.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> "search/" + code + "/" + p.getFileName())
                    .filter(f -> se.fristad.search.StaticIndex.isShardFolder(f.substring(f.lastIndexOf('/') + 1)) && !f.equals(current))
                    .forEach(old::add);
        }
        for (String f : old) {
            AtomicOutput.removeListed(out, f);
        }
    }

    /**
     * Writes a file into the built folder {@code out} in place; {@code added} collects the files that were not there
     * yet, for its marker (the files written again are listed already — rewriting the list of a large site's
     * 200,000 files after every save took most of an update's time).
     */
    private static InPlace inPlace(Path out, Set<String> added) {
        return new InPlace(out, added);
    }

    /** Writes into a built folder in place (see {@link #inPlace}); moves the search index's shards to their folder. */
    private record InPlace(Path out, Set<String> added) implements BiConsumer<String, byte[]>, se.fristad.search.StaticIndex.Output {
        @Override
        public void accept(String rel, byte[] bytes) {
            write(rel, bytes);
        }

        @Override
        public void write(String rel, byte[] bytes) {
            boolean isNew = !Files.exists(out.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            AtomicOutput.writeFile(out, rel, bytes);
            if (isNew) {
                added.add(rel);
            }
        }

        @Override
        public void move(String from, String to) {
            Path f = out.resolve(from);
            Path t = out.resolve(to);
            String fromRel = from + "/";
            try {
                boolean there = Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (there) { // the same content as the export before: that folder stays, listed already
                    AtomicOutput.deleteTree(f);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.move(f, t, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                for (String rel : List.copyOf(added)) {
                    if (rel.startsWith(fromRel)) {
                        added.remove(rel);
                        if (!there) {
                            added.add(to + "/" + rel.substring(fromRel.length()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits until the search index has every saved change (see {@link #update}). */
    public void awaitSearch() {
        java.util.concurrent.Future<?> f;
        synchronized (this) {
            f = indexed;
        }
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code check} lists the theme strings a language has no translation of (readers see English instead). */
    private List<Problem> facts(Site site) {
        Problems found = new Problems();
        se.fristad.check.SafetyFacts.check(site, siteDir, found);
        return found.sorted();
    }

    /**
     * An edition with no strings of its own (a new site's North Sami or Meänkieli, no i18n file yet) shows the
     * source language's words, never machine-written ones: its own name, and "not translated into <its name>".
     */
    private static Map<String, String> withoutOwnStrings(Map<String, String> source, Language l, Language sourceLanguage) {
        Map<String, String> t = new java.util.LinkedHashMap<>(source);
        // the page's words are the source language's: <html lang> says so, for screen readers (PageRenderer)
        t.put(se.fristad.render.PageRenderer.STRINGS_LANG, sourceLanguage.lang());
        t.put(se.fristad.render.PageRenderer.STRINGS_DIR, sourceLanguage.dir());
        t.put("language_name", l.name());
        String named = source.get("fallback_notice_named");
        if (named != null) {
            t.put("fallback_notice", named.replace("{language}", l.name()));
        }
        return t;
    }

    private void missingStrings(Problems problems) {
        java.util.Set<String> all = new java.util.TreeSet<>(theme.ownStrings(site.config().source().code(), problems).keySet());
        all.addAll(theme.ownStrings("en", problems).keySet());
        for (Language l : site.languages()) {
            java.util.Set<String> missing = new java.util.TreeSet<>(all);
            missing.removeAll(theme.ownStrings(l.code(), problems).keySet());
            missing.remove("fallback_notice_named"); // only the source language's is used (an edition without strings)
            if (l.easyRead()) {
                // by design an easy-read edition shows its ordinary edition's strings where it has no simpler words of its own
                site.config().ordinary(l).ifPresent(o -> missing.removeAll(theme.ownStrings(o.code(), problems).keySet()));
            }
            if (!missing.isEmpty()) {
                Language source = site.config().source();
                String shown = theme.ownStrings(source.code(), problems).isEmpty() ? "English" : source.name();
                boolean none = theme.ownStrings(l.code(), problems).isEmpty();
                problems.add(Problem.warning(siteDir.resolve("i18n").resolve(l.code() + ".yml"), 1, 1,
                        (none ? "no theme strings in " + l.code() + " (" + missing.size() + ")"
                                : missing.size() + " theme strings missing in " + l.code() + ": " + String.join(", ", missing)),
                        "readers of " + l.name() + " see " + (none ? "the buttons and notices" : "them") + " in " + shown
                                + " until a translator writes i18n/" + l.code() + ".yml (copy i18n/" + source.code() + ".yml and translate the values)"));
            }
        }
    }

    /** Every {@code layout:} names a template of the theme. */
    private void checkLayouts(List<String> names, Problems problems) {
        for (SourcePage p : content.pages()) {
            FrontMatter.Layout l = p.front().layout();
            if (l != null && !names.contains(l.name())) {
                String list = "layouts: " + String.join(", ", names);
                problems.add(Problem.error(p.file(), l.line(), l.column(), "layout \"" + l.name() + "\" has no template templates/" + l.name() + ".ftlh",
                        DidYouMean.closest(l.name(), names).map(c -> "did you mean \"" + c + "\"? The " + list).orElse("the " + list)));
            }
        }
    }

    /** Whether other pages (menus, listings, breadcrumbs) are unaffected by the change from {@code a} to {@code b}. */
    private static boolean sameShape(FrontMatter a, FrontMatter b) {
        // typed data shows on other pages too (the support finder, the list of every action, the glossary)
        return a.title().equals(b.title()) && a.summary().equals(b.summary()) && a.order() == b.order()
                && a.slug().equals(b.slug()) && a.draft() == b.draft() && a.type().equals(b.type())
                && java.util.Objects.equals(a.layout(), b.layout()) && java.util.Objects.equals(a.data(), b.data());
    }

    /** Renders {@code pages} in parallel into {@code sink}. */
    private void render(List<Page> pages, BiConsumer<String, byte[]> sink) {
        PageRenderer renderer = this.renderer;
        Parallel.forEach(pages, page -> {
            Problems problems = new Problems();
            PageRenderer.Result r;
            try {
                r = renderer.render(page, problems);
            } catch (SourcePage.ChangedOnDisk e) {
                problems.add(changed(e));
                r = new PageRenderer.Result(null, List.of(), Set.of(), null);
            }
            states.put(page.lang().code() + ":" + page.key(), new PageState(r.anchors(), r.ids(), problems.sorted()));
            if (sink != null && r.html() != null) {
                sink.accept(page.outputPath(), r.html().getBytes(StandardCharsets.UTF_8));
                search.add(page, r.html(), r.main());
            }
        });
    }

    /** Drops what a build that failed on the way had begun to write. */
    private void discard(AtomicOutput output, AtomicOutput lucene) {
        if (search != null) {
            search.abort();
        }
        if (output != null) {
            output.discard();
        }
        if (lucene != null) {
            lucene.discard();
        }
    }

    private static Problem changed(SourcePage.ChangedOnDisk e) {
        return Problem.error(e.page().file(), 1, 1, "the file changed while the site was being built",
                "build again (the last good site is unchanged); in the preview, save once more");
    }

    /**
     * Keeps every source's text in memory: the preview ({@code serve}) renders pages again when a file is saved. A
     * plain build keeps only the front matter and reads a page's text when it renders it, so the site's text is
     * never all in memory at once (a national site's 1.6 GB of Markdown).
     */
    public Build keepSources() {
        keepSources = true;
        return this;
    }

    /** The problems of loading, of every rendered page, and of the anchor check, sorted and without repeats. */
    private List<Problem> collect() {
        Problems all = new Problems();
        all.addAll(loadProblems);
        List<AnchorUse> anchors = new ArrayList<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        for (Page page : site.pages()) {
            PageState s = states.get(page.lang().code() + ":" + page.key());
            if (s == null) {
                continue;
            }
            all.addAll(s.problems());
            if (page.kind() == Page.Kind.CONTENT) {
                anchors.addAll(s.anchors()); // a fallback shows the same text: its anchors are checked once, where written
            }
            if (page.kind() == Page.Kind.CONTENT) {
                ids.put(page.source().file(), s.ids());
            }
        }
        AnchorChecker.check(anchors, ids, all);
        return all.sorted();
    }

    private String prefix(String lang) {
        return lang.equals(site.config().source().code()) ? "" : lang + "/";
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
