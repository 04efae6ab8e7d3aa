package se.fristad.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 (k1 1.2, b 0.75) on exported postings, computed with Lucene's own float operations
 * (BM25Similarity), to choose which documents of a frequent term ship in full and to bound the rest.
 */
final class Bm25 {
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private final long[] docCount;
    private final float[][] normInverse;

    Bm25(long[][] stats) {
        docCount = new long[stats.length];
        normInverse = new float[stats.length][256];
        for (int f = 0; f < stats.length; f++) {
            docCount[f] = stats[f][0];
            float avgdl = stats[f][0] == 0 ? 1f : (float) (stats[f][1] / (double) stats[f][0]);
            for (int i = 0; i < 256; i++) {
                normInverse[f][i] = 1f / (K1 * ((1 - B) + B * (float) SmallFloat.byte4ToInt((byte) i) / avgdl));
            }
        }
    }

    /** A term's score in one field of one document, with the field's boost: what Lucene's TermQuery gives. */
    float score(int field, int df, int freq, int norm) {
        float idf = (float) Math.log(1 + (docCount[field] - df + 0.5D) / (df + 0.5D));
        float weight = Fields.BOOSTS[field] * idf;
        return weight - weight / (1f + freq * normInverse[field][norm]);
    }

    /** The {@code count} documents where the term weighs most (summed over fields), ties to the lower number. */
    BitSet best(Postings[] perField, int count) {
        Map<Integer, Double> impact = new HashMap<>();
        for (int f = 0; f < perField.length; f++) {
            Postings p = perField[f];
            if (p != null) {
                for (int i = 0; i < p.size(); i++) {
                    impact.merge(p.docs[i], (double) score(f, p.size(), p.freqs[i], p.norms[i]), Double::sum);
                }
            }
        }
        BitSet out = new BitSet();
        impact.entrySet().stream()
                .sorted((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey(), y.getKey()) : Double.compare(y.getValue(), x.getValue()))
                .limit(count).forEach(e -> out.set(e.getKey()));
        return out;
    }

    /**
     * The highest score the term gives any document of {@code docs} (summed over fields, as Lucene sums a term's
     * field clauses), rounded up a little so that float rounding in the browser can never exceed it: a bound on
     * every document the browser knows only by number.
     */
    float max(Postings[] perField, BitSet docs) {
        Map<Integer, Double> total = new HashMap<>();
        for (int f = 0; f < perField.length; f++) {
            Postings p = perField[f];
            if (p != null) {
                for (int i = 0; i < p.size(); i++) {
                    if (docs.get(p.docs[i])) {
                        total.merge(p.docs[i], (double) score(f, p.size(), p.freqs[i], p.norms[i]), Double::sum);
                    }
                }
            }
        }
        double top = total.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.nextUp((float) (top * (1 + 1e-5)));
    }
}
