package se.fristad.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One language edition's Lucene index: written at build time (each page with its place in address order, {@code seq},
 * so pages have the same numbers in every build and in the browser's copy: {@link DocOrder}), read by {@code fristad search} and by the static export.
 * Beside Lucene's files it keeps {@code fristad.properties} (which analysis chain) and the synonyms it was built
 * with, so a query is analysed exactly as the pages were.
 */
public final class LuceneIndex {
    static final String META = "fristad.properties";
    static final String SYNONYMS = "synonyms.txt";
    /** Stored copies for showing results (a field is either indexed text or stored, never both under one name). */
    static final String STORED_TITLE = "stored.title";
    static final String STORED_SUMMARY = "stored.summary";
    /** The page's body text as shown in result passages. */
    static final String STORED_BODY = "text";
    /** The page's address as an indexed term, so a preview can replace one page's document. */
    static final String ID = "id";
    /** The page's place among the edition's addresses in order ({@link DocOrder}). */
    static final String SEQ = "seq";
    private static final FieldType TEXT = new FieldType();
    /** The body also keeps where each word stands, so a result can show the passage where it first occurs. */
    private static final FieldType BODY = new FieldType();

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT.setTokenized(true);
        TEXT.setOmitNorms(false);
        TEXT.freeze();
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.setTokenized(true);
        BODY.setOmitNorms(false);
        BODY.freeze();
    }

    private LuceneIndex() {
    }

    /**
     * Indexes {@code pages} into {@code dir}, replacing the index there. Returns the directory, open, for the
     * export; the caller closes it. (A build adds its pages as they are rendered instead: {@link #create}.)
     */
    public static Directory write(Path dir, Analysis.Chain chain, Path synonymsFile, Synonyms synonyms, List<PageText> pages) throws IOException {
        Writer w = create(dir, chain, synonymsFile, synonyms, pages.stream().map(PageText::url).toList());
        try {
            for (PageText p : pages) {
                w.add(p);
            }
        } catch (IOException | RuntimeException e) {
            w.abort();
            throw e;
        }
        return w.finish();
    }

    /**
     * Opens a new index in {@code dir} (replacing the one there) for the pages at {@code urls}, to be added in any
     * order and from any thread with {@link Writer#add}: each page carries its place in address order, so it has
     * the same number in every build and in the browser's copy. Nothing of a page stays in memory once it
     * is added, so a large site's text does not have to fit in memory all at once.
     */
    public static Writer create(Path dir, Analysis.Chain chain, Path synonymsFile, Synonyms synonyms, Collection<String> urls) throws IOException {
        return new Writer(dir, chain, synonymsFile, synonyms, urls, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Opens the index in {@code dir} (or a new one) to replace some of its pages: {@link Writer#add} replaces the
     * document of the same address. {@code urls} are all the edition's addresses, as for {@link #create}.
     */
    public static Writer update(Path dir, Analysis.Chain chain, Path synonymsFile, Synonyms synonyms, Collection<String> urls) throws IOException {
        return new Writer(dir, chain, synonymsFile, synonyms, urls, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** An index being written: {@link #add} pages (thread-safe), then {@link #finish} or {@link #abort}. */
    public static final class Writer {
        private final Path dir;
        private final Analysis.Chain chain;
        private final Path synonymsFile;
        private final Map<String, Integer> seq = new HashMap<>();
        private final boolean replace;
        private final Directory directory;
        private final Analyzer analyzer;
        private final IndexWriter writer;

        private Writer(Path dir, Analysis.Chain chain, Path synonymsFile, Synonyms synonyms, Collection<String> urls,
                       IndexWriterConfig.OpenMode mode) throws IOException {
            this.dir = dir;
            this.chain = chain;
            this.synonymsFile = synonymsFile;
            this.replace = mode != IndexWriterConfig.OpenMode.CREATE;
            List<String> sorted = new ArrayList<>(urls);
            sorted.sort(null);
            for (String u : sorted) {
                seq.putIfAbsent(u, seq.size());
            }
            Files.createDirectories(dir);
            // Lucene's files are written without fsync (a build's output is not synced anyway, and Lucene's commit
            // would sync every file — seconds on a busy disk), and straight to disk, not held in memory.
            directory = new FilterDirectory(FSDirectory.open(dir)) {
                @Override
                public void sync(Collection<String> names) {
                }

                @Override
                public void syncMetaData() {
                }
            };
            analyzer = Analysis.analyzer(chain, synonyms.map(), true);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(256);
            try {
                writer = new IndexWriter(directory, config);
            } catch (IOException | RuntimeException e) {
                analyzer.close();
                directory.close();
                throw e;
            }
        }

        /** Adds a page (or, when updating, replaces the page at its address). Its address must be one of the urls. */
        public void add(PageText p) throws IOException {
            Integer n = seq.get(p.url());
            if (n == null) {
                throw new IllegalArgumentException("not a page of this index: " + p.url());
            }
            Document doc = new Document();
            doc.add(new StringField(ID, p.url(), org.apache.lucene.document.Field.Store.NO));
            doc.add(new NumericDocValuesField(SEQ, n));
            doc.add(new StoredField("url", p.url()));
            doc.add(new StoredField(STORED_TITLE, p.title()));
            doc.add(new StoredField(STORED_SUMMARY, p.summary()));
            doc.add(new StoredField(STORED_BODY, p.body()));
            for (int f = 0; f < Fields.NAMES.size(); f++) {
                String v = Fields.value(p, f);
                if (v != null && !v.isBlank()) {
                    doc.add(new Field(Fields.NAMES.get(f), v, f == Fields.BODY ? BODY : TEXT));
                }
            }
            if (replace) {
                writer.updateDocument(new Term(ID, p.url()), doc);
            } else {
                writer.addDocument(doc);
            }
        }

        /**
         * Writes the index and returns it open. Its segments stay as Lucene wrote them (the export and the searcher
         * put the pages in address order themselves: {@link DocOrder}); an updated index is merged into one, so no
         * replaced document counts in its statistics.
         */
        public Directory finish() throws IOException {
            try {
                if (replace) { // the replaced pages' old documents go, so the statistics equal a fresh build's
                    writer.forceMerge(1);
                }
                writer.commit();
                writer.close();
                analyzer.close();
                Properties meta = new Properties();
                meta.setProperty("chain", chain.name());
                try (var out = Files.newBufferedWriter(dir.resolve(META), StandardCharsets.UTF_8)) {
                    meta.store(out, "Fristad search index");
                }
                Path syn = dir.resolve(SYNONYMS);
                if (synonymsFile != null && Files.isRegularFile(synonymsFile)) {
                    Files.copy(synonymsFile, syn, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(syn);
                }
                return directory;
            } catch (IOException | RuntimeException e) {
                abort();
                throw e;
            }
        }

        /** Drops what was added since the index was opened. */
        public void abort() {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // the caller reports its own failure; this one would only hide it
            }
            analyzer.close();
            try {
                directory.close();
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    /** The analysis chain an index was built with. */
    /** Where the Lucene indexes of a site written to {@code out} live: beside it, {@code <out>-lucene/<code>/}. */
    public static Path besideSite(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-lucene");
    }

    static Analysis.Chain chain(Path dir) throws IOException {
        Properties meta = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(META), StandardCharsets.UTF_8)) {
            meta.load(in);
        }
        return Analysis.Chain.valueOf(meta.getProperty("chain"));
    }

    /** Every term of every field, with its weight: the number of documents containing it, summed over fields. */
    static List<Planner.Term> vocabulary(DirectoryReader reader) throws IOException {
        TreeMap<String, Integer> weights = new TreeMap<>();
        for (var ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            for (String field : Fields.NAMES) {
                Terms terms = leaf.terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    weights.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
                }
            }
        }
        List<Planner.Term> out = new ArrayList<>(weights.size());
        weights.forEach((t, w) -> out.add(new Planner.Term(t, w)));
        return out;
    }

    static DirectoryReader open(Path dir) throws IOException {
        return DirectoryReader.open(FSDirectory.open(dir));
    }
}
