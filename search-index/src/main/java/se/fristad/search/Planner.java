package se.fristad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns what a resident typed into a {@link QueryPlan}: the language's analysis chain (with synonyms) gives each
 * word its exact terms; the vocabulary gives fallbacks for words the resident may have typed differently from the
 * text — without å/ä/ö, inflected, or with typos. The browser client plans the same way (assets/js/search.js).
 *
 * <p>Fallbacks of a typed word with analysed, folded term {@code q}, among terms filed under the keys the word
 * looks in ({@link ShardKeys}):
 * <ul>
 *   <li>the same letters without diacritics ({@code vald} for {@code våld}): boost {@value #FOLDED}</li>
 *   <li>a longer form starting with {@code q} ({@code q} of 4+ letters), or a shorter one {@code q} starts with
 *       (4+ letters and at most 2 fewer, or 3 letters and exactly 2 fewer) — {@code våldet} ↔ {@code våld}:
 *       boost {@value #PREFIX}</li>
 *   <li>one edit away (words typed with 5+ letters) or two (9+ letters): boost {@value #ONE_EDIT} or
 *       {@value #TWO_EDITS}; or what the typed word is analysed as with one letter left out or two swapped
 *       ({@link #repairs}), or a longer or shorter form of that: boost {@value #ONE_EDIT} — only when the word itself occurs in fewer than {@value #TYPO_BELOW} places: a word the
 *       pages use often is not a typo</li>
 * </ul>
 * At most {@value #MAX_FALLBACKS} per word (highest boost, then most frequent, then alphabetical) — none for a
 * word found in {@value #FREQUENT} places or more ({@value #FEW_FALLBACKS}): it has exact matches enough, and the
 * analysis already finds its inflected forms —
 * and at most {@value #MAX_WORDS} words per query, so no input can make a query heavy.
 */
public final class Planner {
    public static final int MAX_WORDS = 8;
    public static final int MAX_FALLBACKS = 10;
    public static final int FEW_FALLBACKS = 0;
    public static final int FREQUENT = 150;
    public static final float FOLDED = 0.6f;
    public static final float PREFIX = 0.5f;
    public static final float ONE_EDIT = 0.4f;
    public static final float TWO_EDITS = 0.25f;
    /** Typo fallbacks only for a word found in fewer places than this (a document's field counts as one place). */
    public static final int TYPO_BELOW = 3;
    /** Longer than this, a query is cut: nobody types more, and hostile input stays cheap. */
    public static final int MAX_QUERY_CHARS = 500;

    /** The terms of an index, each with its folded letters and its weight (documents containing it, summed over fields). */
    public interface Vocabulary {
        List<Term> terms();
    }

    /** A term of the vocabulary. */
    public record Term(String term, int[] folded, int weight) {
        public Term(String term, int weight) {
            this(term, ShardKeys.codePoints(Fold.fold(term)), weight);
        }
    }

    private record Token(String term, int start, int length, boolean original, int typedLength, String typed) {
    }

    /** Typed words longer than this get no {@linkplain #repairs repairs}: nobody types one, and hostile input stays cheap. */
    public static final int MAX_REPAIRED_LETTERS = 30;

    private final Analyzer analyzer;
    private final Analyzer plain;
    private final Vocabulary vocabulary;

    /** {@code plainAnalyzer}: the same chain without synonyms, for {@link #repairs}. */
    public Planner(Analyzer queryAnalyzer, Analyzer plainAnalyzer, Vocabulary vocabulary) {
        this.analyzer = queryAnalyzer;
        this.plain = plainAnalyzer;
        this.vocabulary = vocabulary;
    }

    public QueryPlan plan(String query) {
        String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        List<Token> tokens = tokens(analyzer, q);
        List<QueryPlan.Word> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && words.size() < MAX_WORDS) {
            int end = tokens.get(i).start + tokens.get(i).length;
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).start < end) {
                end = Math.max(end, tokens.get(j).start + tokens.get(j).length);
                j++;
            }
            words.add(word(tokens.subList(i, j)));
            i = j;
        }
        return new QueryPlan(List.copyOf(words));
    }

    private QueryPlan.Word word(List<Token> group) {
        Map<String, QueryPlan.Alt> alts = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Token t : group) {
            alts.put(t.term, new QueryPlan.Alt(t.term, true, 1f));
            if (t.original) {
                text.append(text.length() > 0 ? " " : "").append(t.term);
            }
        }
        for (Token t : group) {
            if (t.original) {
                Set<String> repairs = ShardKeys.edits(t.typedLength) > 0 ? repairs(t.typed) : Set.of();
                for (QueryPlan.Alt f : fallbacks(t.term, t.typedLength, repairs, vocabulary)) {
                    QueryPlan.Alt had = alts.get(f.term());
                    if (had == null || (!had.exact() && had.boost() < f.boost())) {
                        alts.put(f.term(), f);
                    }
                }
            }
        }
        return new QueryPlan.Word(text.length() > 0 ? text.toString() : group.get(0).term, List.copyOf(alts.values()));
    }

    /**
     * The terms the analysis gives the typed word with one letter left out, or two neighbouring letters swapped: what
     * the resident meant if the typo is an extra, doubled or swapped letter. They repair typos the distance between
     * terms misses: a typo in the ending the stemmer would have cut off ({@code relationernna} is analysed as
     * {@code relationern}, three edits from the text's {@code relation}; left without one {@code n} it is
     * {@code relationerna} → {@code relation}). The browser client repairs the same way (search.js).
     */
    Set<String> repairs(String typed) {
        int[] cps = ShardKeys.codePoints(typed);
        Set<String> out = new java.util.TreeSet<>();
        if (cps.length > MAX_REPAIRED_LETTERS) {
            return out;
        }
        for (int i = 0; i < cps.length; i++) {
            int[] v = new int[cps.length - 1];
            System.arraycopy(cps, 0, v, 0, i);
            System.arraycopy(cps, i + 1, v, i, cps.length - i - 1);
            addSingleTerm(new String(v, 0, v.length), out);
            if (i + 1 < cps.length && cps[i] != cps[i + 1]) {
                int[] w = cps.clone();
                w[i] = cps[i + 1];
                w[i + 1] = cps[i];
                addSingleTerm(new String(w, 0, w.length), out);
            }
        }
        return out;
    }

    private void addSingleTerm(String text, Set<String> out) {
        List<Token> ts = tokens(plain, text);
        if (ts.size() == 1 && !ts.get(0).term.isEmpty()) {
            out.add(ts.get(0).term);
        }
    }

    /** The fallback terms of one typed word (analysed term {@code stem}, typed with {@code typedLength} letters). */
    public static List<QueryPlan.Alt> fallbacks(String stem, int typedLength, Vocabulary vocabulary) {
        return fallbacks(stem, typedLength, Set.of(), vocabulary);
    }

    /**
     * The fallback terms of one typed word (analysed term {@code stem}, typed with {@code typedLength} letters), with
     * the word's {@link #repairs} counted as one edit away where they file under the same {@code a} key: the repaired
     * terms themselves, and their longer and shorter forms as above ({@code barnäktenskappet} → {@code
     * barnäktenskapet}, whose shorter form {@code barnäktenskap} is the text's).
     */
    public static List<QueryPlan.Alt> fallbacks(String stem, int typedLength, Set<String> repairs, Vocabulary vocabulary) {
        int[] q = ShardKeys.codePoints(Fold.fold(stem));
        int own = 0;
        for (Term t : vocabulary.terms()) {
            if (t.term().equals(stem)) {
                own = t.weight();
                break;
            }
        }
        // typos are looked for only when the word itself is rare or absent: a word the pages use often is no typo
        int k = own < TYPO_BELOW ? ShardKeys.edits(typedLength) : 0;
        String a = ShardKeys.a(q);
        String c = ShardKeys.c(q);
        record Candidate(String term, float boost, int weight) {
        }
        // the repairs that file under the word's own a key (the browser has loaded those terms already)
        List<int[]> repaired = new ArrayList<>();
        for (String r : repairs) {
            int[] rf = ShardKeys.codePoints(Fold.fold(r));
            if (a.equals(ShardKeys.a(rf)) && !java.util.Arrays.equals(rf, q)) {
                repaired.add(rf);
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (Term t : vocabulary.terms()) {
            if (t.term().equals(stem)) {
                continue;
            }
            int[] f = t.folded();
            boolean inA = a.equals(ShardKeys.a(f));
            float boost = 0f;
            if (inA) {
                if (java.util.Arrays.equals(f, q)) {
                    boost = FOLDED;
                } else if (isPrefix(q, f) && q.length >= 4 || isPrefix(f, q) && shorterForm(f.length, q.length)) {
                    boost = PREFIX;
                }
            }
            if (boost == 0f && k > 0 && (inA || (c != null && c.equals(ShardKeys.c(f))))) {
                int d = ShardKeys.distance(f, q, k);
                if (d <= k) {
                    boost = d <= 1 ? ONE_EDIT : TWO_EDITS;
                }
            }
            if (k > 0 && inA && boost < ONE_EDIT && isFormOfAny(f, repaired)) {
                boost = ONE_EDIT;
            }
            if (boost > 0f) {
                found.add(new Candidate(t.term(), boost, t.weight()));
            }
        }
        found.sort(Comparator.comparing(Candidate::boost).reversed().thenComparing(Comparator.comparingInt(Candidate::weight).reversed())
                .thenComparing(Candidate::term));
        List<QueryPlan.Alt> out = new ArrayList<>();
        int max = own >= FREQUENT ? FEW_FALLBACKS : MAX_FALLBACKS;
        for (Candidate cand : found.subList(0, Math.min(max, found.size()))) {
            out.add(new QueryPlan.Alt(cand.term(), false, cand.boost()));
        }
        return out;
    }

    /** Whether {@code f} is one of {@code forms}, or a longer or shorter form of one, as the fallbacks above allow. */
    private static boolean isFormOfAny(int[] f, List<int[]> forms) {
        for (int[] r : forms) {
            if (java.util.Arrays.equals(f, r) || isPrefix(r, f) && r.length >= 4 || isPrefix(f, r) && shorterForm(f.length, r.length)) {
                return true;
            }
        }
        return false;
    }

    /** A shorter form of 4+ letters at most two letters shorter ({@code våld} for {@code våldet}), or of 3 letters exactly two shorter ({@code hot} for {@code hotet}, not {@code bar} for {@code barn}). */
    private static boolean shorterForm(int shorter, int longer) {
        int diff = longer - shorter;
        return shorter >= 4 ? diff <= 2 : shorter == 3 && diff == 2;
    }

    /** Whether {@code p} is a prefix of {@code s}. */
    private static boolean isPrefix(int[] p, int[] s) {
        if (p.length > s.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokens(Analyzer analyzer, String query) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                boolean original = !"SYNONYM".equals(type.type());
                int from = Math.min(off.startOffset(), query.length()), to = Math.min(off.endOffset(), query.length());
                int typed = query.codePointCount(from, to);
                out.add(new Token(term.toString(), pos, Math.max(1, len.getPositionLength()), original, typed,
                        query.substring(from, to)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparingInt(Token::start));
        return out;
    }
}
