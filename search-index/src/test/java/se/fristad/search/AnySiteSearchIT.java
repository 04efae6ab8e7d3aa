package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;

import se.fristad.problem.Problems;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.StaticServer;

/**
 * Fristad's search on a site Fristad did not build (issue #15): a hand-written HTML site, indexed with
 * {@code fristad index}, searched in Chromium served over HTTP (with the strict Content-Security-Policy) and opened
 * from disk; the browser ranks exactly as the {@code search} command (Lucene) does, and the search box works with
 * the keyboard, announces its results and passes axe-core.
 */
class AnySiteSearchIT {
    @TempDir
    static Path tmp;
    static Path site;

    /** Queries per edition: inflections, typos (also in the ending), words in several pages, a stop word. */
    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("sv", List.of("våld", "tvångsäktenskapen", "föreningenss", "kvinnojour", "kvinojourer", "stöd",
                "relationer", "utsatts för våld", "och", "zebrafink", "<img src=x onerror=alert(1)>"));
        QUERIES.put("en", List.of("abuse", "abused women", "shelter", "suport", "helplines", "the"));
    }

    @BeforeAll
    static void index() throws Exception {
        site = AnySiteFixture.write(tmp.resolve("public"));
        Problems problems = new Problems();
        assertTrue(SiteIndexer.index(site, "search", "und", problems) != null, problems.sorted().toString());
    }

    private static List<String> lucene(String lang, String q) throws Exception {
        try (Searcher s = Searcher.open(LuceneIndex.besideSite(site).resolve(lang))) {
            return s.search(q, 10).stream().map(Searcher.Hit::url).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> browser(Page page, String lang, String q) {
        return (List<String>) page.evaluate("([q, lang]) => Fristad.search(q, {lang}).then(rs => rs.map(r => r.path))", List.of(q, lang));
    }

    private static void sameRanking(Page page, String where) throws Exception {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (var e : QUERIES.entrySet()) {
            for (String q : e.getValue()) {
                List<String> want = lucene(e.getKey(), q), got = browser(page, e.getKey(), q);
                compared++;
                if (!want.equals(got)) {
                    differ.add(e.getKey() + " \"" + q + "\": Lucene " + want + ", Chromium " + got);
                }
            }
        }
        assertEquals(List.of(), differ, where + ": " + compared + " queries");
        assertFalse(lucene("sv", "föreningenss").isEmpty(), "the typo query finds pages at all");
    }

    @Test
    void servedOverHttpTheBrowserRanksAsLuceneAndTheBoxWorks() throws Exception {
        try (StaticServer server = StaticServer.start(site, true); BrowserContext context = Browser.shared().newContext(390, 844)) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onRequest(r -> {
                if (!r.url().startsWith(server.baseUrl())) problems.add("request to another host: " + r.url());
            });
            page.onPageError(e -> problems.add("script error: " + e));
            page.onResponse(r -> { // the hand-written site has no favicon.ico, which Chromium asks for by itself
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) problems.add("HTTP " + r.status() + " for " + r.url());
            });
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) problems.add("console: " + m.text());
            });
            page.navigate(server.url(""));
            page.waitForFunction("() => !!document.querySelector('[data-fristad-search] input[type=search]')");
            sameRanking(page, "served");

            // A resident uses the box: keyboard only, results announced, the query nowhere in the address.
            page.keyboard().press("Tab"); // the first link, in the header
            page.locator("[data-fristad-search] input").focus();
            page.keyboard().type("kvinnojourer");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.querySelector('.fristad-search-status').textContent.includes('kvinnojourer')");
            String status = page.locator(".fristad-search-status").textContent();
            assertEquals("1 sida matchar ”kvinnojourer”.", status);
            assertEquals(server.url("stod/jourer.html"), page.locator(".fristad-search-results a").first().getAttribute("href"),
                    "the result links to the page");
            assertEquals(server.url(""), page.url(), "the query stays out of the address");
            AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")).analyze();
            assertEquals(List.of(), axe.getViolations().stream().map(v -> v.getId() + ": " + v.getNodes().get(0).getTarget()).toList(),
                    "axe-core on the box with results");
            page.locator(".fristad-search-results a").first().click();
            page.waitForURL(server.url("stod/jourer.html"));
            assertEquals(List.of(), problems);

            page.navigate(server.url("en/"));
            page.locator("[data-fristad-search] input").fill("shelters");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.querySelector('.fristad-search-status').textContent.includes('shelters')");
            assertEquals("1 page matches “shelters”.", page.locator(".fristad-search-status").textContent(), "the box speaks the page's language");
        }
    }

    @Test
    void openedFromDiskTheBrowserRanksAsLucene() throws Exception {
        try (BrowserContext context = Browser.shared().newContext(390, 844)) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(e -> errors.add(e.toString()));
            page.navigate(site.resolve("index.html").toUri().toString());
            page.waitForFunction("() => !!window.Fristad && !!Fristad.search");
            sameRanking(page, "file://");
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) page.evaluate("() => Fristad.search('föreningen', {lang: 'sv'}).then(rs => rs.map(r => r.url))");
            assertTrue(hrefs.contains(site.resolve("om/index.html").toUri().toString()), "from disk, a folder's link opens its index.html: " + hrefs);
            assertEquals(List.of(), errors);
        }
    }
}
