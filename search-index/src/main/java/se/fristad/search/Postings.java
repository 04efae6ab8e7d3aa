package se.fristad.search;

import java.io.IOException;
import java.util.BitSet;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

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

    /**
     * The term's postings in one field over every segment ({@code enums}: each segment's terms of the field, null
     * where it has none; {@code bases}: each segment's first Lucene document), numbered and ordered by the pages'
     * places in address order; null when no page has the term in this field.
     */
    static Postings read(TermsEnum[] enums, int[] bases, DocOrder order, BytesRef term, boolean body, int[] norms,
                         int[][] passageStarts) throws IOException {
        int df = 0;
        boolean[] has = new boolean[enums.length];
        for (int l = 0; l < enums.length; l++) {
            if (enums[l] != null && enums[l].seekExact(term)) {
                has[l] = true;
                df += enums[l].docFreq();
            }
        }
        if (df == 0) {
            return null;
        }
        long[] keyed = new long[df]; // place << 32 | index into the arrays below
        int[] freqs = new int[df];
        int[] offsets = body ? new int[df] : null;
        int i = 0;
        PostingsEnum pe = null;
        for (int l = 0; l < enums.length; l++) {
            TermsEnum te = enums[l];
            if (!has[l]) {
                continue;
            }
            pe = te.postings(pe, body ? PostingsEnum.OFFSETS : PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                int place = order.place[bases[l] + d];
                if (place < 0) {
                    continue; // deleted
                }
                keyed[i] = (long) place << 32 | i;
                freqs[i] = pe.freq();
                if (body) {
                    pe.nextPosition();
                    offsets[i] = pe.startOffset();
                }
                i++;
            }
        }
        if (i == 0) {
            return null;
        }
        java.util.Arrays.sort(keyed, 0, i);
        int[] docs = new int[i];
        int[] fs = new int[i];
        int[] ns = new int[i];
        int[] passages = body ? new int[i] : null;
        for (int j = 0; j < i; j++) {
            int d = (int) (keyed[j] >>> 32);
            int at = (int) keyed[j];
            docs[j] = d;
            fs[j] = freqs[at];
            ns[j] = norms[d];
            if (body) {
                passages[j] = StaticIndex.passageAt(passageStarts[d], offsets[at]);
            }
        }
        return new Postings(docs, fs, ns, passages);
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
