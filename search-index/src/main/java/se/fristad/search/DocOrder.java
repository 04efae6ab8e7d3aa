package se.fristad.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;

/**
 * The documents of an index in address order (the {@code seq} number {@link LuceneIndex} gives each page), whatever
 * segment Lucene put them in and in whatever order the pages were added: the number a page has in the static index
 * and the order that breaks ties between equal scores. (The index is not sorted and not merged into one segment
 * when written: sorting rewrote every page's stored text at each flush, and the merge did so once more.)
 */
final class DocOrder {
    /** Lucene's document number of each page, in address order (live documents only). */
    final int[] lucene;
    /** Each Lucene document's place in address order, or -1 for a deleted one. */
    final int[] place;

    private DocOrder(int[] lucene, int[] place) {
        this.lucene = lucene;
        this.place = place;
    }

    static DocOrder of(DirectoryReader reader) throws IOException {
        long[] keyed = new long[reader.numDocs()];
        int k = 0;
        List<LeafReaderContext> leaves = reader.leaves();
        for (LeafReaderContext ctx : leaves) {
            Bits live = ctx.reader().getLiveDocs();
            NumericDocValues seq = ctx.reader().getNumericDocValues(LuceneIndex.SEQ);
            for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                long s = seq != null && seq.advanceExact(d) ? seq.longValue() : Integer.MAX_VALUE;
                keyed[k++] = s << 32 | (ctx.docBase + d);
            }
        }
        Arrays.sort(keyed, 0, k);
        int[] lucene = new int[k];
        int[] place = new int[reader.maxDoc()];
        Arrays.fill(place, -1);
        for (int i = 0; i < k; i++) {
            lucene[i] = (int) keyed[i];
            place[lucene[i]] = i;
        }
        return new DocOrder(lucene, place);
    }

    int size() {
        return lucene.length;
    }
}
