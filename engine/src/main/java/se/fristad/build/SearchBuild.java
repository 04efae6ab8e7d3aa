package se.fristad.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

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
 * The index stage of a build: collects the text of every rendered page, then per language edition writes the Lucene
 * index (beside the site, in {@link #luceneDir}) and exports it as the static index the browser reads
 * ({@code search/<code>/} in the site). Thread-safe for {@link #add}; pages are rendered in parallel.
 */
public final class SearchBuild {
    private final Path siteDir;
    private final Site site;
    private final Map<String, Synonyms> synonyms = new ConcurrentHashMap<>();
    /** language code → address → text; replaced page by page when {@code serve} re-renders one. */
    private final Map<String, Map<String, PageText>> texts = new ConcurrentHashMap<>();
    private long millis;

    /** Reads each language's synonyms now, so their mistakes are reported with the build's other problems. */
    public SearchBuild(Path siteDir, Site site, Problems problems) {
        this.siteDir = siteDir;
        this.site = site;
        for (Language l : site.languages()) {
            Path file = synonymsFile(l.code());
            synonyms.put(l.code(), file == null ? Synonyms.NONE : Synonyms.load(file, chain(l), problems));
            texts.put(l.code(), new ConcurrentHashMap<>());
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

    /** @param main the page's {@code <main>} when the renderer parsed it already (see PageRenderer.Result), else null */
    public void add(Page page, String html, org.jsoup.nodes.Element main) {
        if (indexed(page)) {
            texts.get(page.lang().code()).put(page.url(), main != null
                    ? TextExtractor.extract(page.url(), page.title(), page.summary(), main)
                    : TextExtractor.extract(page.url(), page.title(), page.summary(), html));
        }
    }

    /** Writes every language's Lucene index below {@code luceneRoot} and its static export into {@code sink}. */
    public void write(Path luceneRoot, BiConsumer<String, byte[]> sink) throws IOException {
        write(luceneRoot, sink, site.languages().stream().map(Language::code).toList());
    }

    /**
     * The editions are independent indexes, so they are written side by side, one per core (each holds its Lucene
     * index in memory while it is exported, so no more at once than there are cores).
     */
    public void write(Path luceneRoot, BiConsumer<String, byte[]> sink, Collection<String> codes) throws IOException {
        long start = System.nanoTime();
        try {
            Parallel.forEach(List.copyOf(codes), Math.min(codes.size(), Runtime.getRuntime().availableProcessors()), code -> {
                try {
                    writeEdition(luceneRoot, sink, code);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    private void writeEdition(Path luceneRoot, BiConsumer<String, byte[]> sink, String code) throws IOException {
        Language lang = site.config().language(code);
        List<PageText> pages = new ArrayList<>(texts.get(code).values());
        pages.sort((x, y) -> x.url().compareTo(y.url()));
        Path dir = luceneRoot.resolve(code);
        Synonyms syn = synonyms.get(code);
        Directory memory = LuceneIndex.write(dir, chain(lang), synonymsFile(code), syn, pages);
        try (memory; DirectoryReader reader = DirectoryReader.open(memory)) {
            StaticIndex.export(reader, code, chain(lang), syn, pages, sink);
        }
    }

    /** How long the last {@link #write} took: Lucene indexing and the static export, all languages. */
    public long millis() {
        return millis;
    }
}
