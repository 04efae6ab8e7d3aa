package se.fristad.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How the browser finds terms without downloading the whole dictionary. Every term is filed under two keys made
 * of two letters of its folded form: {@code a} its first two, {@code c} its last two. A query word looks in
 * {@code a} (exact, folded and prefix matches) and, when typos are allowed, in {@code c}. One edit cannot change
 * both the first and the last two letters of a word of five or more letters, so every term within one edit shares
 * {@code a} or {@code c} with the query; two edits in a long word are found unless one is in its first two letters
 * and the other in its last two. Java's planner uses the same keys to decide which terms are candidates, so the
 * browser and Lucene consider exactly the same terms. The {@code a} files are sorted by the whole folded term, so a
 * word without typos loads only the range from its shortest allowed form to its longest extensions.
 */
public final class ShardKeys {
    private ShardKeys() {
    }

    public static String a(int[] folded) {
        return str(folded, 0, Math.min(2, folded.length));
    }

    /** The last two letters, for terms of three or more; null for shorter ones. */
    public static String c(int[] folded) {
        return folded.length >= 3 ? str(folded, folded.length - 2, folded.length) : null;
    }

    /** How many edits a typed word may have: one from five letters, two from nine. */
    public static int edits(int typedLength) {
        return typedLength >= 9 ? 2 : typedLength >= 5 ? 1 : 0;
    }

    static String str(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /**
     * Optimal string alignment distance (Levenshtein with adjacent transpositions, as Lucene's fuzzy automata count
     * them), or {@code max + 1} as soon as it must exceed {@code max}.
     */
    public static int distance(int[] a, int[] b, int max) {
        int n = a.length;
        int m = b.length;
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
