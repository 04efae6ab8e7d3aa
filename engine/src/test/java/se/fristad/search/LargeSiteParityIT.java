package se.fristad.search;

import se.fristad.build.SearchBuild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.build.Build;
import se.fristad.build.TestSite;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.NeedsChromium;
import se.fristad.testsupport.StaticServer;

/**
 * On a site large enough that frequent words are split (their best documents in full, the others by number with a
 * score bound), the browser still ranks exactly as Lucene: single frequent words, several at once, their fallbacks,
 * and long result lists that reach deep into the bounded documents.
 */
@NeedsChromium
class LargeSiteParityIT {
    private static final String[] COMMON = ("våld stöd barn hjälp kommunen socialtjänsten polisen samverkan trygghet "
            + "kvinnor familj skolan anmälan kontakt utbildning rutiner").split(" ");

    @TempDir
    static Path dir;
    static Browser browser;
    static StaticServer server;
    static Path out;

    @BeforeAll
    static void build() {
        TestSite site = new TestSite(dir, "title: Stor\nlanguages: [sv]\n");
        Random r = new Random(42);
        for (int p = 0; p < 420; p++) {
            StringBuilder body = new StringBuilder();
            for (int para = 0; para < 4; para++) {
                for (int w = 0; w < 40; w++) {
                    String word = r.nextInt(3) == 0 ? COMMON[(int) Math.floor(Math.pow(r.nextDouble(), 2) * COMMON.length)]
                            : "ord" + Integer.toString(r.nextInt(3000), 36) + (r.nextInt(5) == 0 ? "et" : "");
                    body.append(word).append(w % 9 == 8 ? ". " : " ");
                }
                body.append("\n\n");
            }
            String title = COMMON[r.nextInt(COMMON.length)] + " " + COMMON[r.nextInt(COMMON.length)] + " " + p; // "… 112": a bare short number, not checked as a phone number
            site.page("sv/del" + (p / 50) + "/sida" + p + ".md", title, body.toString(),
                    "summary: Om " + COMMON[r.nextInt(COMMON.length)] + " och " + COMMON[r.nextInt(COMMON.length)] + ".");
        }
        site.page("sv/index.md", "Start", "Välkommen.");
        Build.Result result = site.build();
        assertTrue(result.ok(), result.problems().toString());
        out = site.out();
        browser = Browser.shared();
        server = StaticServer.start(out, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void frequentWordsAreSplitAndStillRankExactlyAsLucene() throws IOException {
        int split;
        try (Stream<Path> files = Files.list(out.resolve(se.fristad.build.TestSite.shards(out, "sv") + "p"))) {
            split = (int) files.filter(f -> f.toString().endsWith(".js")).filter(f -> {
                try {
                    return Files.readString(f).contains("{\"h\":");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertTrue(split >= 5, "frequent words should be split into best documents and the rest: " + split);

        List<String> queries = new ArrayList<>(List.of(COMMON));
        queries.addAll(List.of("våld stöd", "barn skolan trygghet", "socialtjänsten polisen samverkan", "våldet", "barnen",
                "stödet hjälpen", "kommunens", "samverka", "trygghet och våld", "utbildningen rutinerna", "familjen kvinnorna barnen"));
        List<String> failures = new ArrayList<>();
        int compared = 0;
        try (BrowserContext context = browser.newContext(1280, 800);
             Searcher searcher = Searcher.open(SearchBuild.luceneDir(out).resolve("sv"))) {
            Page page = context.newPage();
            page.navigate(server.url("sok/"));
            for (int limit : new int[] {10, 60}) {
                @SuppressWarnings("unchecked")
                List<List<String>> browserResults = (List<List<String>>) page.evaluate(
                        "async ([qs, limit]) => { const out = []; for (const q of qs) {"
                                + " out.push((await Fristad.search(q, {lang: 'sv', limit})).map(r => r.path)); } return out; }",
                        List.of(queries, limit));
                for (int i = 0; i < queries.size(); i++) {
                    List<String> lucene = searcher.search(queries.get(i), limit).stream().map(Searcher.Hit::url).toList();
                    compared++;
                    if (!lucene.equals(browserResults.get(i))) {
                        failures.add(queries.get(i) + " (limit " + limit + ")\n  lucene:  " + lucene + "\n  browser: " + browserResults.get(i));
                    }
                }
            }
            // a frequent word alone, in a page that has loaded nothing yet: one postings file (the best pages and a
            // count of the rest), not the list of the rest, and still the exact number of matching pages
            Page fresh = context.newPage();
            List<String> postings = new ArrayList<>();
            fresh.onRequest(req -> {
                if (req.url().matches(".*/search/sv/[0-9a-f]{8}/p/.*")) postings.add(req.url());
            });
            fresh.navigate(server.url("sok/"));
            Number total = (Number) fresh.evaluate("async () => (await Fristad.search('våld', {lang: 'sv', limit: 5})).total");
            int lucene = searcher.search("våld", 10_000).size();
            assertEquals(lucene, total.intValue(), "the number of matching pages is exact, bounded documents included");
            assertEquals(1, postings.size(), "one frequent word loads only its best pages: " + postings);
            Number both = (Number) fresh.evaluate("async () => (await Fristad.search('våld stöd', {lang: 'sv', limit: 5})).total");
            assertEquals(searcher.search("våld stöd", 10_000).size(), both.intValue(), "two frequent words: pages with either, counted exactly");
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + compared + " differ:\n" + String.join("\n", failures.subList(0, Math.min(6, failures.size()))));
        }
    }
}
