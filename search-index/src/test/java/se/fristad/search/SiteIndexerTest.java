package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/** {@code fristad index} on a site Fristad did not build: what it indexes, what it writes, what it never touches. */
class SiteIndexerTest {
    @TempDir
    Path tmp;

    /** What one run indexed (null when it wrote nothing) and its problems as printed. */
    private record Run(SiteIndexer.Result result, String err) {
        int code() {
            return result == null ? 1 : 0;
        }
    }

    private static Run run(Path site) throws Exception {
        return run(site, "search");
    }

    private static Run run(Path site, String subdir) throws Exception {
        Problems problems = new Problems();
        SiteIndexer.Result r = SiteIndexer.index(site, subdir, "und", problems);
        return new Run(r, String.join("\n", problems.sorted().stream().map(p -> p.format(null)).toList()));
    }

    private static List<String> urls(Path site, String lang, String query) throws Exception {
        try (Searcher s = Searcher.open(LuceneIndex.besideSite(site).resolve(lang))) {
            return s.search(query, 10).stream().map(Searcher.Hit::url).toList();
        }
    }

    @Test
    void indexesEachLanguageWithItsOwnAnalysisAndOnlyThePagesOwnText() throws Exception {
        Path site = AnySiteFixture.write(tmp.resolve("public"));
        Run r = run(site);
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.Map.of("en", 2, "sv", 3, "und", 1), r.result().pagesPerEdition());
        assertTrue(r.err().contains("nolang.html:1:1: warning: the page has no <html lang>"), r.err());
        for (String f : List.of("fristad-search.js", "chains/swedish.js", "chains/english.js", "sv/meta.js", "en/meta.js", "und/meta.js", SiteIndexer.MARKER)) {
            assertTrue(Files.isRegularFile(site.resolve("search").resolve(f)), f);
        }
        java.util.regex.Matcher dir = java.util.regex.Pattern.compile("^Fristad\\.d\\(\"sv/meta\",\\{\"dir\":\"([0-9a-f]{8})\"")
                .matcher(Files.readString(site.resolve("search/sv/meta.js")));
        assertTrue(dir.find(), "meta.js names the folder of the edition's shards");
        assertTrue(Files.isRegularFile(site.resolve("search/sv/" + dir.group(1) + "/a/0.js")), "the shards are there");
        assertTrue(Files.readString(site.resolve("search").resolve(SiteIndexer.MARKER)).contains("sv/" + dir.group(1) + "/a/0.js"),
                "and on the list of what the run wrote");
        assertEquals(List.of("om/"), urls(site, "sv", "tvångsäktenskapen"), "Swedish stemming");
        assertEquals(java.util.Set.of("stod/jourer.html", "om/"), java.util.Set.copyOf(urls(site, "sv", "föreningenss")), "a typo in the ending");
        assertEquals(List.of("en/", "en/shelters/"), urls(site, "en", "abuse"), "English stemming");
        assertEquals(List.of(), urls(site, "sv", "zebrafink"), "data-fristad-ignore is left out");
        assertEquals(List.of(), urls(site, "sv", "English"), "the navigation outside <main> is left out");
        assertEquals(List.of("nolang.html"), urls(site, "und", "språk"));
    }

    @Test
    void aMarkedBodyWinsAndPagesWithoutOneAreLeftOut() throws Exception {
        Path site = AnySiteFixture.write(tmp.resolve("public"));
        Files.writeString(site.resolve("marked.html"), "<!doctype html><html lang=\"sv\"><body><nav>Meny kvinnojourer</nav>"
                + "<article data-fristad-body><h1>Märkt</h1><p>Bara den här texten om stödsamtal.</p></article></body></html>");
        Run r = run(site);
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.Map.of("sv", 1), r.result().pagesPerEdition());
        assertEquals(List.of("marked.html"), urls(site, "sv", "stödsamtal"));
        assertEquals(List.of(), urls(site, "sv", "meny"));
    }

    @Test
    void aRunReplacesOnlyWhatTheLastRunWroteAndNeverAFolderItDidNotMake() throws Exception {
        Path site = AnySiteFixture.write(tmp.resolve("public"));
        assertEquals(0, run(site).code());
        Path mine = site.resolve("search/README.txt");
        Files.writeString(mine, "the site owner's own file");
        Files.delete(site.resolve("en/shelters/index.html"));
        Run again = run(site);
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.exists(mine), "a file the index did not write stays");
        assertEquals(List.of("en/"), urls(site, "en", "abuse"), "the new index replaced the old");

        Path other = AnySiteFixture.write(tmp.resolve("hugo"));
        Files.createDirectories(other.resolve("search"));
        Files.writeString(other.resolve("search/index.html"), "<html lang=\"en\"><body><main><h1>Search</h1></main></body></html>");
        Run refused = run(other);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("search:1:1: this folder is in the way"), refused.err());
        assertTrue(refused.err().contains("--output-subdir"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertEquals(List.of("index.html"), Files.list(other.resolve("search")).map(p -> p.getFileName().toString()).toList());
        Run elsewhere = run(other, "fristad-search");
        assertEquals(0, elsewhere.code(), elsewhere.err());
        assertTrue(Files.isRegularFile(other.resolve("fristad-search/fristad-search.js")));
    }

    @Test
    void aMissingFolderOrABadSubfolderNameIsAClearError() throws Exception {
        Run missing = run(tmp.resolve("nope"));
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope:1:1: no such folder"), missing.err());
        Run bad = run(tmp, "../x");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("is not a folder name"), bad.err());
    }
}
