package se.fristad.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

import se.fristad.problem.Problems;

/**
 * Searches one edition's Lucene index the way the browser searches its static copy: each word of the
 * {@link QueryPlan} is a Lucene query (every alternative term in every field, boosted, scored with BM25), and pages
 * rank by the number of words they match, then the number matched exactly, then the sum of the words' scores, then
 * document number. {@code fristad search} and the parity tests use it.
 */
public final class Searcher implements Closeable {

    /** One result; {@code doc}: the page's number in the static index (its place in address order). */
    public record Hit(int doc, String url, String title, float score, int words, int exactWords, String excerpt) {
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final DocOrder order;
    private final Analysis.Chain chain;
    private final Analyzer queryAnalyzer;
    private final Planner planner;

    private Searcher(DirectoryReader reader, Analysis.Chain chain, Synonyms synonyms) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.order = DocOrder.of(reader);
        this.chain = chain;
        this.queryAnalyzer = Analysis.analyzer(chain, synonyms.map(), false);
        List<Planner.Term> vocabulary = LuceneIndex.vocabulary(reader);
        this.planner = new Planner(queryAnalyzer, Analysis.plain(chain), () -> vocabulary);
    }

    /** Opens the index written by the build at {@code dir}. */
    public static Searcher open(Path dir) throws IOException {
        Analysis.Chain chain = LuceneIndex.chain(dir);
        Synonyms synonyms = Synonyms.load(dir.resolve(LuceneIndex.SYNONYMS), chain, new Problems());
        return new Searcher(LuceneIndex.open(dir), chain, synonyms);
    }

    public QueryPlan plan(String query) {
        return planner.plan(query);
    }

    public List<Hit> search(String query, int limit) {
        return search(plan(query), limit);
    }

    public List<Hit> search(QueryPlan plan, int limit) {
        try {
            Map<Integer, double[]> byDoc = new HashMap<>(); // doc → {words, exact words, score sum}
            for (QueryPlan.Word w : plan.words()) {
                Map<Integer, Float> scores = collect(query(w, false));
                Set<Integer> exact = w.alts().stream().anyMatch(a -> !a.exact()) ? collect(query(w, true)).keySet() : scores.keySet();
                for (Map.Entry<Integer, Float> e : scores.entrySet()) {
                    double[] s = byDoc.computeIfAbsent(e.getKey(), k -> new double[3]);
                    s[0]++;
                    if (exact.contains(e.getKey())) {
                        s[1]++;
                    }
                    s[2] += e.getValue();
                }
            }
            List<Integer> docs = new ArrayList<>(byDoc.keySet());
            docs.sort(Comparator.<Integer>comparingDouble(d -> -byDoc.get(d)[0])
                    .thenComparingDouble(d -> -byDoc.get(d)[1])
                    .thenComparingDouble(d -> -(float) byDoc.get(d)[2])
                    .thenComparingInt(d -> order.place[d])); // equal scores: the page first in address order
            List<Hit> out = new ArrayList<>();
            for (int doc : docs.subList(0, Math.min(limit, docs.size()))) {
                double[] s = byDoc.get(doc);
                var stored = searcher.storedFields().document(doc);
                String text = stored.get(LuceneIndex.STORED_BODY);
                String summary = stored.get(LuceneIndex.STORED_SUMMARY);
                out.add(new Hit(order.place[doc], stored.get("url"), stored.get(LuceneIndex.STORED_TITLE), (float) s[2], (int) s[0], (int) s[1],
                        Excerpt.of(text == null || text.isBlank() ? summary : text, plan, queryAnalyzer)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every (alternative × field) as a boosted term query; with {@code exactOnly}, the word's exact terms alone. */
    private static Query query(QueryPlan.Word word, boolean exactOnly) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryPlan.Alt alt : word.alts()) {
            if (exactOnly && !alt.exact()) {
                continue;
            }
            for (int f = 0; f < Fields.NAMES.size(); f++) {
                Query tq = new TermQuery(new Term(Fields.NAMES.get(f), alt.term()));
                b.add(new BoostQuery(tq, Fields.BOOSTS[f] * alt.boost()), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** Every matching document with its score (no top-k pruning: the words' scores are summed afterwards). */
    private Map<Integer, Float> collect(Query q) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        searcher.search(q, new SimpleCollector() {
            private Scorable scorer;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                out.put(base + doc, scorer.score());
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return out;
    }

    public Analysis.Chain chain() {
        return chain;
    }

    public int size() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        queryAnalyzer.close();
        reader.close();
    }

    static Set<String> terms(QueryPlan plan) {
        Set<String> out = new HashSet<>();
        plan.words().forEach(w -> w.alts().forEach(a -> out.add(a.term())));
        return out;
    }
}
