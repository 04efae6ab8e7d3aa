package se.fristad.search;

import se.fristad.build.SearchBuild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.fristad.build.Build;
import se.fristad.build.TestSite;
import se.fristad.search.Analysis.Chain;

/**
 * Each chain is the chain of Lucene's analyzer for its language, written out (so that synonyms can go at its end):
 * the same terms as the analyzer itself on the hand-picked words of the parity test. And a Sorani edition is
 * searched with Sorani's chain.
 */
class AnalysisTest {

    @Test
    void eachLanguageGetsItsChain() {
        assertEquals(Chain.SORANI, Analysis.chainFor("ckb"));
        assertEquals(Chain.SORANI, Analysis.chainFor("ckb-IQ"));
        assertEquals(Chain.PERSIAN, Analysis.chainFor("fa"));
        assertEquals(Chain.SWEDISH, Analysis.chainFor("sv"));
        assertEquals(Chain.STANDARD, Analysis.chainFor("ku"));
        assertEquals(Chain.STANDARD, Analysis.chainFor("se"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Chain.class, mode = EnumSource.Mode.EXCLUDE, names = "STANDARD")
    void theChainGivesTheTermsOfLucenesAnalyzer(Chain chain) {
        List<String> words = HardCases.of(chain);
        String text = String.join(" ", words);
        try (Analyzer lucene = lucenes(chain); Analyzer ours = Analysis.plain(chain)) {
            assertEquals(AnalysisParityIT.analyze(lucene, text), AnalysisParityIT.analyze(ours, text));
            for (String w : words) {
                assertEquals(AnalysisParityIT.analyze(lucene, w), AnalysisParityIT.analyze(ours, w), w);
            }
        }
    }

    private static Analyzer lucenes(Chain chain) {
        return switch (chain) {
            case SWEDISH -> new SwedishAnalyzer();
            case ENGLISH -> new EnglishAnalyzer();
            case FINNISH -> new FinnishAnalyzer();
            case ARABIC -> new ArabicAnalyzer();
            case PERSIAN -> new PersianAnalyzer();
            case SORANI -> new SoraniAnalyzer();
            case STANDARD -> throw new IllegalArgumentException();
        };
    }

    @Test
    void aSoraniEditionFindsInflectedFormsAndOldSpellings(@TempDir Path dir) throws IOException {
        TestSite site = new TestSite(dir, "title: Test\nlanguages: [sv, ckb]\n")
                .page("sv/index.md", "Start", "Välkommen.")
                .page("ckb/index.md", "دەستپێک", "بەخێربێیت.")
                .page("ckb/mal.md", "ماڵ", "ئەو لە ماڵەکەماندا دەژی.")
                .page("ckb/polis.md", "پۆلیس", "پەیوەندی بە پۆلیسەوە بکە.");
        Build.Result r = site.build();
        assertTrue(r.ok(), r.problems().toString());
        Path index = SearchBuild.luceneDir(site.out()).resolve("ckb");
        assertEquals(Chain.SORANI, LuceneIndex.chain(index));
        try (Searcher searcher = Searcher.open(index)) {
            // "the house", "the houses", "a house", "our house" (old spelling, Arabic kaf): all the page about ماڵ
            for (String query : List.of("ماڵ", "ماڵەکان", "ماڵێک", "ماڵه\u200cكه\u200cمان")) {
                List<String> found = paths(searcher, query);
                assertTrue(!found.isEmpty() && found.get(0).equals("ckb/mal/"), query + ": " + found);
            }
            for (String query : List.of("پۆلیس", "پۆلیسەکان")) {
                List<String> found = paths(searcher, query);
                assertTrue(!found.isEmpty() && found.get(0).equals("ckb/polis/"), query + ": " + found);
            }
        }
    }

    private static List<String> paths(Searcher searcher, String query) {
        return searcher.search(query, 10).stream().map(Searcher.Hit::url).toList();
    }
}
