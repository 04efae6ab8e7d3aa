package se.fristad.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folding for the fallback matches of search: a term without its diacritics ({@code våld → vald}, {@code öppen →
 * oppen}). Exact terms always rank first; a folded match only helps someone who typed without å, ä or ö. The
 * browser client folds the same way ({@code normalize('NFD')} without combining marks).
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private Fold() {
    }

    public static String fold(String term) {
        boolean ascii = true;
        for (int i = 0; i < term.length() && ascii; i++) {
            ascii = term.charAt(i) < 0x80;
        }
        if (ascii) {
            return term;
        }
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(term, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
    }
}
