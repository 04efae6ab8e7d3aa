package se.fristad.search;

/**
 * Non-negative integers as text, five bits to a character with a continuation bit (as in source maps), in an
 * alphabet that needs no escaping inside a JavaScript string. Postings are runs of such numbers.
 */
final class Vlq {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Vlq() {
    }

    static void write(StringBuilder out, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt(v));
    }

    /** Reads numbers back (for tests and the Java side of parity checks). */
    static int[] read(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        int v = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = ALPHABET.indexOf(s.charAt(i));
            v |= (c & 31) << shift;
            if ((c & 32) != 0) {
                shift += 5;
            } else {
                out[n++] = v;
                v = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
