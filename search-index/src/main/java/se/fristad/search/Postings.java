package se.fristad.search;

import java.io.IOException;
import java.util.BitSet;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;

/**
 * One term's postings in one field, as the static index ships them: document, frequency, Lucene's norm byte and,
 * in the body, the passage where the term first occurs.
 */
final class Postings {
    final int[] docs;
    final int[] freqs;
    final int[] norms;
    final int[] passages; // null outside the body

    private Postings(int[] docs, int[] freqs, int[] norms, int[] passages) {
        this.docs = docs;
        this.freqs = freqs;
        this.norms = norms;
        this.passages = passages;
    }

    int size() {
        return docs.length;
    }

    static Postings read(TermsEnum te, boolean body, int[] norms, int[][] passageStarts) throws IOException {
        int df = te.docFreq();
        int[] docs = new int[df];
        int[] freqs = new int[df];
        int[] ns = new int[df];
        int[] passages = body ? new int[df] : null;
        PostingsEnum pe = te.postings(null, body ? PostingsEnum.OFFSETS : PostingsEnum.FREQS);
        int i = 0;
        for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc(), i++) {
            docs[i] = d;
            freqs[i] = pe.freq();
            ns[i] = norms[d];
            if (body) {
                pe.nextPosition();
                passages[i] = StaticIndex.passageAt(passageStarts[d], pe.startOffset());
            }
        }
        return new Postings(docs, freqs, ns, passages);
    }

    /** Every document the term is in, in any field. */
    static BitSet docs(Postings[] perField) {
        BitSet all = new BitSet();
        for (Postings p : perField) {
            if (p != null) {
                for (int d : p.docs) {
                    all.set(d);
                }
            }
        }
        return all;
    }

    /**
     * The postings of the documents in {@code only}, field by field: the count, then column by column all gaps,
     * frequencies, norms (and passages) — alike numbers side by side, which gzip compresses far better.
     */
    static String encode(Postings[] perField, BitSet only) {
        return encode(perField, only, true);
    }

    /** As {@link #encode(Postings[], BitSet)}; without passages (a frequent term's tail: its pages' excerpts come from elsewhere). */
    static String encode(Postings[] perField, BitSet only, boolean passages) {
        StringBuilder out = new StringBuilder();
        for (Postings p : perField) {
            if (p == null) {
                Vlq.write(out, 0);
                continue;
            }
            int n = 0;
            for (int d : p.docs) {
                n += only.get(d) ? 1 : 0;
            }
            Vlq.write(out, n);
            int last = 0;
            for (int d : p.docs) {
                if (only.get(d)) {
                    Vlq.write(out, d - last);
                    last = d;
                }
            }
            column(out, p, p.freqs, only);
            column(out, p, p.norms, only);
            if (p.passages != null && passages) {
                column(out, p, p.passages, only);
            }
        }
        return out.toString();
    }

    private static void column(StringBuilder out, Postings p, int[] values, BitSet only) {
        for (int i = 0; i < p.docs.length; i++) {
            if (only.get(p.docs[i])) {
                Vlq.write(out, values[i]);
            }
        }
    }
}
