package se.fristad.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One language edition's Lucene index: written at build time (pages in address order, so document numbers are the
 * same in every build and in the browser's copy), read by {@code fristad search} and by the static export.
 * Beside Lucene's files it keeps {@code fristad.properties} (which analysis chain) and the synonyms it was built
 * with, so a query is analysed exactly as the pages were.
 */
public final class LuceneIndex {
    static final String META = "fristad.properties";
    static final String SYNONYMS = "synonyms.txt";
    /** Stored copies for showing results (a field is either indexed text or stored, never both under one name). */
    static final String STORED_TITLE = "stored.title";
    static final String STORED_SUMMARY = "stored.summary";
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
     * Indexes {@code pages} (sorted by address here) into {@code dir}, replacing the index there. Returns the
     * directory, open, for the export; the caller closes it. Lucene's files are written without {@code fsync} (a
     * build's output is not synced anyway, and Lucene's commit would sync every file — seconds on a busy disk), and
     * straight to disk, so a large site's index does not have to fit in memory as well as its pages.
     */
    public static Directory write(Path dir, Analysis.Chain chain, Path synonymsFile, Synonyms synonyms, List<PageText> pages) throws IOException {
        Files.createDirectories(dir);
        List<PageText> sorted = new ArrayList<>(pages);
        sorted.sort((x, y) -> x.url().compareTo(y.url()));
        Directory d = new FilterDirectory(FSDirectory.open(dir)) {
            @Override
            public void sync(Collection<String> names) {
            }

            @Override
            public void syncMetaData() {
            }
        };
        try (Analyzer analyzer = Analysis.analyzer(chain, synonyms.map(), true)) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256)
                    .setIndexSort(new Sort(new SortField("seq", SortField.Type.INT)));
            try (IndexWriter writer = new IndexWriter(d, config)) {
                for (int i = 0; i < sorted.size(); i++) {
                    PageText p = sorted.get(i);
                    Document doc = new Document();
                    doc.add(new NumericDocValuesField("seq", i));
                    doc.add(new StoredField("url", p.url()));
                    doc.add(new StoredField(STORED_TITLE, p.title()));
                    doc.add(new StoredField(STORED_SUMMARY, p.summary()));
                    doc.add(new StoredField("text", p.body()));
                    for (int f = 0; f < Fields.NAMES.size(); f++) {
                        String v = Fields.value(p, f);
                        if (v != null && !v.isBlank()) {
                            doc.add(new Field(Fields.NAMES.get(f), v, f == Fields.BODY ? BODY : TEXT));
                        }
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
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
        return d;
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
