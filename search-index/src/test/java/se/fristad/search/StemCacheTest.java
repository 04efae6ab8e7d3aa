package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

import se.fristad.search.Analysis.Chain;

/**
 * The analysis with remembered words ({@link StemCache}) gives exactly what Lucene's filters give on every word: same
 * terms, positions, offsets and end state, on every page of the default site in its language's chain, on every chain,
 * and after the memory has filled up and started over.
 */
class StemCacheTest {
    private static final Path CONTENT = Path.of("..", "content");
    private static final Map<String, Chain> FOLDERS = Map.of("sv", Chain.SWEDISH, "lattlast", Chain.SWEDISH,
            "en", Chain.ENGLISH, "fi", Chain.FINNISH, "ar", Chain.ARABIC, "fa", Chain.PERSIAN, "ckb", Chain.SORANI,
            "so", Chain.STANDARD, "ti", Chain.STANDARD, "uk", Chain.STANDARD);

    private static final String HARD = """
            Det är inte ditt fel. Och och och — the the of a an! Våldet, våld, VÅLDET; 112 90 101 och 020-50 50 50.
            John's children's wife's. Väkivalta ja väkivallan ja väkivaltaa. العنف والعنف في في. خشونت‌های خانگی و و.
            توندوتیژی و لە لە. Насильство і і. ልጆች እና. Rabshada iyo iyo. och""";

    @Test
    void givesWhatTheFiltersGiveOnEveryPageOfTheDefaultSite() throws IOException {
        assertTrue(Files.isDirectory(CONTENT), "the default site's content is at " + CONTENT.toAbsolutePath());
        int files = 0;
        for (var e : FOLDERS.entrySet()) {
            Path folder = CONTENT.resolve(e.getKey());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Analyzer cached = Analysis.plain(e.getValue()); Analyzer uncached = uncached(e.getValue());
                 Stream<Path> md = Files.walk(folder)) {
                for (Path p : md.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    assertEquals(tokens(uncached, text), tokens(cached, text), p.toString());
                    files++;
                }
            }
        }
        assertTrue(files > 100, "pages compared: " + files);
    }

    @Test
    void givesWhatTheFiltersGiveInEveryChain() {
        for (Chain chain : Chain.values()) {
            try (Analyzer cached = Analysis.plain(chain); Analyzer uncached = uncached(chain)) {
                List<String> expected = tokens(uncached, HARD);
                assertEquals(expected, tokens(cached, HARD), chain.id);
                assertEquals(expected, tokens(cached, HARD), chain.id + ", second time: the words come from memory");
            }
        }
    }

    @Test
    void startsOverWhenItsMemoryIsFull() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < StemCache.MAX + 5_000; i++) {
            many.append("våldet").append(Integer.toString(i, 36).replaceAll("[0-9]", "x")).append(i % 7 == 0 ? " och " : " ");
        }
        String text = many + " " + HARD;
        try (Analyzer cached = Analysis.plain(Chain.SWEDISH); Analyzer uncached = uncached(Chain.SWEDISH)) {
            List<String> expected = tokens(uncached, text);
            assertEquals(expected, tokens(cached, text));
            assertEquals(expected, tokens(cached, text));
        }
    }

    /** The chain as Lucene's analyzers write it: the tokenizer, then the filters at every word. */
    private static Analyzer uncached(Chain chain) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return chain == Chain.PERSIAN ? new PersianCharFilter(reader) : reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, Analysis.stems(chain, source));
            }
        };
    }

    /** Every token as term, position increment and length, offsets; then the end state. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " +" + inc.getPositionIncrement() + "/" + len.getPositionLength() + " "
                        + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            out.add("end +" + inc.getPositionIncrement() + " " + off.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
