package se.fristad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short passage of a page around the query's words, with those words marked {@code [like this]} for the command
 * line. (The browser client makes its own excerpts with {@code <mark>}.)
 */
public final class Excerpt {
    static final int WORDS = 24;

    private Excerpt() {
    }

    public static String of(String text, QueryPlan plan, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Set<String> terms = Searcher.terms(plan);
        List<int[]> hits = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    hits.add(new int[] {off.startOffset(), off.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] words = text.split("\\s+");
        int start = 0;
        if (!hits.isEmpty()) {
            int before = text.substring(0, hits.get(0)[0]).split("\\s+", -1).length - 1;
            start = Math.max(0, before - WORDS / 4);
        }
        int[] starts = new int[words.length];
        int pos = 0;
        for (int i = 0; i < words.length; i++) {
            pos = text.indexOf(words[i], pos);
            starts[i] = pos;
            pos += words[i].length();
        }
        int end = Math.min(words.length, start + WORDS);
        StringBuilder out = new StringBuilder(start > 0 ? "… " : "");
        int from = starts[start];
        int to = end < words.length ? starts[end - 1] + words[end - 1].length() : text.length();
        int cursor = from;
        for (int[] h : hits) {
            if (h[0] >= cursor && h[1] <= to) { // synonyms stack on the word they stand for: mark it once
                out.append(text, cursor, h[0]).append('[').append(text, h[0], h[1]).append(']');
                cursor = h[1];
            }
        }
        out.append(text, cursor, to).append(end < words.length ? " …" : "");
        return out.toString().strip();
    }
}
