package se.fristad.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A language's filters ({@link Analysis#stems}) after the tokenizer, with what they make of each word remembered:
 * every filter of every chain works on one token at a time (lower-casing, stop words, normalising, stemming), so a
 * word that comes again gets the term it got the first time, without stemming it again. Words follow Zipf's law —
 * a few hundred make up most of any text — so the build stems each distinct word once per thread instead of at
 * every occurrence (the stemmers were a tenth of a build's time).
 *
 * <p>What leaves this filter is what the filters themselves give: a stop word is dropped and its position added to
 * the next word's, as Lucene's {@code StopFilter} does (also at {@link #end}). AnalysisTest compares the two on
 * every page of the default site. One instance per token stream, as Lucene's analyzers keep one per thread; the
 * memory is bounded ({@value #MAX} words, then it starts over).
 */
final class StemCache extends TokenFilter {
    static final int MAX = 50_000;
    /** What the filters make of a stop word. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<char[]> seen = new CharArrayMap<>(1024, false);
    /** The same filters on a stream of one token. */
    private final OneToken single = new OneToken();
    private final TokenStream filters;
    private final CharTermAttribute filtered;
    private int skipped;

    StemCache(Tokenizer source, Analysis.Chain chain) {
        super(source);
        filters = Analysis.stems(chain, single);
        filtered = filters.getAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        skipped = 0;
        while (input.incrementToken()) {
            char[] out = seen.get(term.buffer(), 0, term.length());
            if (out == null) {
                out = filter(term.buffer(), term.length());
                if (seen.size() >= MAX) {
                    seen.clear();
                }
                seen.put(java.util.Arrays.copyOf(term.buffer(), term.length()), out);
            }
            if (out == DROPPED) {
                skipped += increment.getPositionIncrement();
                continue;
            }
            term.copyBuffer(out, 0, out.length);
            if (skipped != 0) {
                increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
            }
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        skipped = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
    }

    @Override
    public void close() throws IOException {
        super.close();
        filters.close();
    }

    /** The term the filters make of one word, or {@link #DROPPED}. */
    private char[] filter(char[] chars, int length) {
        try {
            single.set(chars, length);
            filters.reset();
            char[] out = filters.incrementToken() ? java.util.Arrays.copyOf(filtered.buffer(), filtered.length()) : DROPPED;
            if (filters.incrementToken()) {
                throw new IllegalStateException("the filters made two terms of one word: " + new String(chars, 0, length));
            }
            filters.end();
            filters.close();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tokenizer that gives one token, the word it was handed. */
    private static final class OneToken extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int length;
        private boolean done;

        void set(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
            setReader(new StringReader(""));
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, 0, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
