package se.fristad.search;

import se.fristad.build.SearchBuild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.Build;
import se.fristad.build.TestSite;
import se.fristad.cli.Main;

/**
 * What a resident gets from search, on a small Swedish site with known text: inflected forms, typos, å/ä/ö,
 * synonyms, several words, stop words and hostile input. (SearchParityIT holds the browser to the same results.)
 */
class SearchTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Searcher searcher;

    @BeforeAll
    static void build() throws IOException {
        site = new TestSite(dir, "title: Test\nlanguages: [sv]\n")
                .page("sv/index.md", "Start", "Välkommen.")
                .page("sv/fysiskt.md", "Fysiskt våld", "Han slog henne ofta. Misshandeln pågick i flera år innan hon fick hjälp.")
                .page("sv/verb.md", "När någon skadar dig", "Hon misshandlades av sin pappa. Det är ett brott.")
                .page("sv/jour.md", "Kvinnojouren", "Kvinnojourer ger stöd till kvinnor som har utsatts för våld.",
                        "summary: Ideella föreningar som hjälper.")
                .page("sv/valet.md", "Valet", "Hon blev vald till ordförande i föreningen.")
                .page("sv/vald-hemma.md", "Våld i hemmet", "Våld i nära relationer kan drabba alla.")
                .page("sv/barn.md", "Stöd till barn", "Barn som upplever våld behöver stöd.")
                .page("sv/bara-barn.md", "Barn", "Barn har rätt att leka.")
                .page("sv/bara-stod.md", "Stöd", "Stöd finns i din kommun.")
                .page("sv/synonym.md", "Brott", "Misshandel är ett brott enligt lagen.")
                .page("sv/tvang.md", "Tvångsäktenskap", "Tvångsgifte och barnäktenskap är förbjudna i Sverige.")
                .write("synonyms/sv.txt", "# ord som betyder samma sak\nslår, slag, misshandel\n");
        Build.Result r = site.build();
        assertTrue(r.ok(), r.problems().toString());
        searcher = Searcher.open(SearchBuild.luceneDir(site.out()).resolve("sv"));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> urls(String query) {
        return searcher.search(query, 10).stream().map(Searcher.Hit::url).toList();
    }

    @Test
    void inflectedFormsFindEachOther() {
        assertTrue(urls("misshandel").contains("fysiskt/"), "misshandel finds the page saying misshandeln: " + urls("misshandel"));
        assertTrue(urls("misshandeln").contains("synonym/"), "misshandeln finds the page saying misshandel: " + urls("misshandeln"));
        assertTrue(urls("misshandlade").contains("verb/"), "misshandlade finds misshandlades: " + urls("misshandlade"));
        assertTrue(urls("misshandlade").contains("synonym/"), "misshandlade finds misshandel: " + urls("misshandlade"));
        assertTrue(urls("våldet").contains("vald-hemma/"), "våldet finds våld: " + urls("våldet"));
        assertTrue(urls("kvinnojour").contains("jour/"), "kvinnojour finds kvinnojourer: " + urls("kvinnojour"));
    }

    @Test
    void oneTypoInWordsOfFiveLettersAndTwoInWordsOfNine() {
        // swapped, missing, extra and wrong letter
        for (String typo : List.of("tvångsgifet", "tvngsgifte", "tvångsgiftte", "tvångsgiftr")) {
            assertTrue(urls(typo).contains("tvang/"), typo + " → " + urls(typo));
        }
        assertTrue(urls("kvinnojoruen").contains("jour/"), "a swapped pair: " + urls("kvinnojoruen"));
        assertTrue(urls("kvinojuren").contains("jour/"), "two edits in a nine-letter word: " + urls("kvinojuren"));
        assertTrue(urls("sötd").isEmpty(), "no typos allowed in four-letter words: " + urls("sötd"));
        assertTrue(urls("kvxyzjouren").isEmpty(), "three edits are too many: " + urls("kvxyzjouren"));
    }

    /**
     * A doubled or extra letter inside a long word is one edit, also where it lands in the ending the stemmer cuts
     * off: {@code relationerrna} is analysed as {@code relationerrn}, three edits from the text's {@code relation};
     * the planner repairs the typed word (one letter left out) before the analysis.
     */
    @Test
    void aDoubledOrExtraLetterAnywhereInALongWordIsOneEdit() {
        Map<String, String> words = Map.of("relationerna", "vald-hemma/", "föreningens", "valet/",
                "misshandlades", "verb/", "kvinnojourerna", "jour/", "barnäktenskapet", "tvang/");
        List<String> missed = new ArrayList<>();
        int tried = 0;
        for (var e : words.entrySet()) {
            String w = e.getKey();
            assertTrue(urls(w).contains(e.getValue()), w + " itself → " + urls(w));
            List<String> typos = new ArrayList<>();
            for (int i = 2; i < w.length(); i++) {
                typos.add(w.substring(0, i + 1) + w.charAt(i) + w.substring(i + 1)); // doubled
            }
            for (int k = 1; k <= 4; k++) {
                for (String extra : List.of("s", "t")) {
                    typos.add(w.substring(0, w.length() - k) + extra + w.substring(w.length() - k)); // extra
                }
            }
            for (String typo : typos) {
                tried++;
                if (!urls(typo).contains(e.getValue())) {
                    missed.add(typo);
                }
            }
        }
        assertEquals(List.of(), missed, "missed of " + tried + " typos");
    }

    @Test
    void exactMatchesRankAboveCorrectedOnes() {
        List<Searcher.Hit> hits = searcher.search("vald", 10);
        assertEquals("valet/", hits.get(0).url(), "vald (chosen) first, not våld: " + hits);
        assertEquals(1, hits.get(0).exactWords());
        assertTrue(hits.stream().anyMatch(h -> h.url().equals("vald-hemma/")), "våld is still found as a fallback: " + hits);
        assertTrue(hits.stream().filter(h -> h.url().equals("vald-hemma/")).allMatch(h -> h.exactWords() == 0));

        List<String> vald = urls("våld");
        assertFalse(vald.isEmpty());
        assertFalse(vald.get(0).equals("valet/"), "våld never ranks the page about vald first: " + vald);
        assertTrue(vald.indexOf("valet/") < 0 || vald.indexOf("valet/") > vald.indexOf("vald-hemma/"), vald.toString());
    }

    @Test
    void synonymsFindPagesWithTheOtherWord() {
        assertTrue(urls("slår").contains("synonym/"), "slår finds the page saying misshandel: " + urls("slår"));
        assertTrue(urls("slag").contains("synonym/"), urls("slag").toString());
    }

    @Test
    void pagesWithAllTheWordsComeFirst() {
        List<String> both = urls("stöd barn");
        assertEquals("barn/", both.get(0), "the page with both words first: " + both);
        assertTrue(both.containsAll(List.of("bara-barn/", "bara-stod/")), "pages with one word follow: " + both);
        assertTrue(both.indexOf("bara-barn/") > 0 && both.indexOf("bara-stod/") > 0, both.toString());
    }

    @Test
    void stopWordsAreLeftOutAndNeverMakeAQueryHeavy() {
        assertTrue(searcher.plan("och").isEmpty());
        assertTrue(urls("och").isEmpty());
        assertEquals(urls("barn"), urls("och barn"));
        assertEquals(searcher.plan("barn").words().size(), searcher.plan("barn och i att").words().size());
    }

    @Test
    void hostileInputGivesNoErrorAndABoundedQuery() {
        for (String q : List.of("", "   ", "x".repeat(1000), "🙂🙂🙂", "العنف", "<script>alert(1)</script>", "\u202e\u200f", "a b c d e f g h i j k l m")) {
            List<Searcher.Hit> hits = searcher.search(q, 10);
            assertTrue(hits.size() <= 10, q);
            assertTrue(searcher.plan(q).words().size() <= Planner.MAX_WORDS, q);
        }
        assertTrue(searcher.plan("ord ".repeat(300)).words().size() <= Planner.MAX_WORDS);
    }

    @Test
    void titleMatchesOutrankBodyMentions() {
        List<String> r = urls("kvinnojouren");
        assertEquals("jour/", r.get(0), r.toString());
        List<Searcher.Hit> barn = searcher.search("barn", 10);
        assertTrue(barn.get(0).url().equals("bara-barn/") || barn.get(0).url().equals("barn/"), "a page titled Barn first: " + barn);
    }

    @Test
    void theCommandLinePrintsRankedResultsWithExcerpts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"search", "--site", dir.toString(), "--out", site.out().toString(), "--lang", "sv", "kvinnojour"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("1. Kvinnojouren  /jour/  (score "), out.toString());
        assertTrue(out.toString().contains("[Kvinnojourer]"), "the matched word is marked: " + out);

        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        assertEquals(2, Main.run(new String[] {"search", "--site", dir.toString(), "--out", site.out().toString(), "--lang", "xx", "a"},
                new PrintWriter(out2), new PrintWriter(err2)));
        assertTrue(err2.toString().contains("no search index for language \"xx\" — the site has: sv"), err2.toString());
    }

    @Test
    void theStaticIndexIsWrittenWithGzipTwins() throws IOException {
        Path search = site.out().resolve("search/sv");
        assertTrue(Files.isRegularFile(search.resolve("meta.js")));
        assertTrue(Files.isRegularFile(search.resolve("meta.js.gz")));
        String meta = Files.readString(search.resolve("meta.js"));
        assertTrue(meta.matches("(?s)Fristad\\.d\\(\"sv/meta\",\\{\"dir\":\"[0-9a-f]{8}\",\"v\":2,\"n\":11,.*"), meta);
        assertTrue(Files.isRegularFile(site.out().resolve(TestSite.shards(site.out(), "sv") + "a/0.js")), "the shards in the folder meta.js names");
        assertTrue(meta.contains("\"syn\":[[[\"slår\"],1,"), "synonyms travel to the browser: " + meta);
    }
}
