package se.fristad.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

import se.fristad.config.Language;
import se.fristad.search.Analysis;
import se.fristad.search.LuceneIndex;
import se.fristad.search.PageText;
import se.fristad.search.StaticIndex;
import se.fristad.search.Synonyms;
import se.fristad.search.TextExtractor;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problems;

/**
 * The index stage of a build: per language edition, the Lucene index (beside the site, in {@link #luceneDir}) and its
 * export as the static index the browser reads ({@code search/<code>/meta.js} in the site, naming the folder of the
 * edition's shards, {@code search/<code>/<hash of their content>/}: see {@link StaticIndex}). A build {@link #begin}s, each
 * rendered page's text is added to its edition's index as soon as it is rendered ({@link #add}, thread-safe; pages
 * are rendered in parallel), and {@link #finish} merges and exports — so no page's text is held until the end.
 * After that, {@link #add} keeps the pages {@code serve} re-renders until {@link #update} puts them in the index.
 */
public final class SearchBuild {
    private final Path siteDir;
    private final Site site;
    private final Map<String, Synonyms> synonyms = new ConcurrentHashMap<>();
    /** language code → the addresses of its indexed pages (the index numbers its documents in their order). */
    private final Map<String, List<String>> urls = new HashMap<>();
    /** During a build: language code → its index being written. */
    private volatile Map<String, LuceneIndex.Writer> writers;
    /** After a build: language code → address → text of a page re-rendered since the index was last written. */
    private final Map<String, Map<String, PageText>> pending = new HashMap<>();
    private long millis;

    /** Reads each language's synonyms now, so their mistakes are reported with the build's other problems. */
    public SearchBuild(Path siteDir, Site site, Problems problems) {
        this.siteDir = siteDir;
        this.site = site;
        for (Language l : site.languages()) {
            Path file = synonymsFile(l.code());
            synonyms.put(l.code(), file == null ? Synonyms.NONE : Synonyms.load(file, chain(l), problems));
            urls.put(l.code(), new ArrayList<>());
        }
        for (Page p : site.pages()) {
            if (indexed(p)) {
                urls.get(p.lang().code()).add(p.url());
            }
        }
    }

    /** The site's synonyms file for an edition, or null when it is a link out of the site (reported by the build). */
    private Path synonymsFile(String code) {
        Path file = Synonyms.file(siteDir, code);
        return se.fristad.load.SiteFiles.followable(siteDir, file) ? file : null;
    }

    /** Where the Lucene indexes of a site built into {@code out} live: beside it, {@code <out>-lucene/<code>/}. */
    public static Path luceneDir(Path out) {
        return LuceneIndex.besideSite(out);
    }

    /** Whether search shows a page: pages with text of their own in this language (not fallbacks or listings). */
    public static boolean indexed(Page page) {
        return page.kind() == Page.Kind.CONTENT;
    }

    static Analysis.Chain chain(Language l) {
        return Analysis.chainFor(l.lang());
    }

    /** Opens every edition's index in {@code luceneRoot}, for the pages of this build to be added as they render. */
    public void begin(Path luceneRoot) throws IOException {
        Map<String, LuceneIndex.Writer> open = new HashMap<>();
        try {
            for (Language l : site.languages()) {
                String code = l.code();
                open.put(code, LuceneIndex.create(luceneRoot.resolve(code), chain(l), synonymsFile(code), synonyms.get(code), urls.get(code)));
            }
        } catch (IOException | RuntimeException e) {
            open.values().forEach(LuceneIndex.Writer::abort);
            throw e;
        }
        writers = open;
    }

    /** @param main the page's {@code <main>} when the renderer parsed it already (see PageRenderer.Result), else null */
    public void add(Page page, String html, org.jsoup.nodes.Element main) {
        if (!indexed(page)) {
            return;
        }
        PageText text = main != null
                ? TextExtractor.extract(page.url(), page.title(), page.summary(), main)
                : TextExtractor.extract(page.url(), page.title(), page.summary(), html);
        String code = page.lang().code();
        Map<String, LuceneIndex.Writer> w = writers;
        if (w != null) {
            try {
                w.get(code).add(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            synchronized (pending) {
                pending.computeIfAbsent(code, k -> new HashMap<>()).put(page.url(), text);
            }
        }
    }

    /** Drops the indexes of a build that is not written after all. */
    public void abort() {
        Map<String, LuceneIndex.Writer> w = writers;
        writers = null;
        if (w != null) {
            w.values().forEach(LuceneIndex.Writer::abort);
        }
    }

    /**
     * Finishes every edition's index begun with {@link #begin} and writes its static export into {@code sink}. The
     * editions are independent indexes, so they are finished side by side — all at once up to twice the cores: with
     * three editions on two cores, one per core left the third to run alone at the end, one core idle (and an
     * export waits for the file system part of the time).
     */
    public void finish(StaticIndex.Output sink) throws IOException {
        Map<String, LuceneIndex.Writer> w = writers;
        writers = null;
        long start = System.nanoTime();
        forEachEdition(w.keySet(), code -> export(w.get(code).finish(), code, sink), () -> w.values().forEach(LuceneIndex.Writer::abort));
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Puts the pages {@link #add}ed since the build (re-rendered by {@code serve}) of the editions {@code codes} into
     * their indexes below {@code luceneRoot}, replacing their earlier text, and writes the exports into {@code sink}.
     *
     * @return per edition, the folder of its shards now ({@code search/sv/1a2b3c4d}); the folder an earlier export
     *         wrote stays where it is, for the caller to remove
     */
    public Map<String, String> update(Path luceneRoot, StaticIndex.Output sink, Collection<String> codes) throws IOException {
        long start = System.nanoTime();
        Map<String, String> folders = new ConcurrentHashMap<>();
        forEachEdition(codes, code -> {
            Map<String, PageText> texts;
            synchronized (pending) {
                texts = pending.remove(code);
            }
            Language lang = site.config().language(code);
            LuceneIndex.Writer w = LuceneIndex.update(luceneRoot.resolve(code), chain(lang), synonymsFile(code), synonyms.get(code), urls.get(code));
            try {
                for (PageText t : texts == null ? List.<PageText>of() : texts.values()) {
                    w.add(t);
                }
            } catch (IOException | RuntimeException e) {
                w.abort();
                throw e;
            }
            folders.put(code, export(w.finish(), code, sink));
        }, () -> { });
        millis = (System.nanoTime() - start) / 1_000_000;
        return Map.copyOf(folders);
    }

    private interface EditionTask {
        void run(String code) throws IOException;
    }

    private static void forEachEdition(Collection<String> codes, EditionTask task, Runnable onFailure) throws IOException {
        try {
            Parallel.forEach(List.copyOf(codes), Math.max(1, Math.min(codes.size(), 2 * Runtime.getRuntime().availableProcessors())), code -> {
                try {
                    task.run(code);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            onFailure.run();
            throw e.getCause();
        } catch (RuntimeException e) {
            onFailure.run();
            throw e;
        }
    }

    /** Exports an edition; returns the folder of its shards. */
    private String export(Directory index, String code, StaticIndex.Output sink) throws IOException {
        Language lang = site.config().language(code);
        try (index; DirectoryReader reader = DirectoryReader.open(index)) {
            return StaticIndex.export(reader, code, chain(lang), synonyms.get(code), sink).folder();
        }
    }

    /** How long the last {@link #write} took: Lucene indexing and the static export, all languages. */
    public long millis() {
        return millis;
    }
}
