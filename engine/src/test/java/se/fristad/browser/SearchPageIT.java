package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.ServedSiteTest;

/**
 * A resident on the search page: results with the query's words marked and their number announced, nothing in the
 * address or history, nothing fetched from another host; the same from files opened straight from disk; the list
 * of all pages without JavaScript; hostile input shown as text; keyboard use; axe-core clean with results shown,
 * in Swedish and in Arabic.
 */
class SearchPageIT extends ServedSiteTest {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static List<?> search(Page page, String query) {
        page.fill("#search-input", query);
        page.press("#search-input", "Enter");
        // Wait for the status of *this* query (every result message names it; the page searches at most 500
        // characters): after an earlier search the status is already non-empty, so "non-empty" is not enough.
        page.waitForFunction("q => document.getElementById('search-status').textContent.includes(q.trim().slice(0, 500))", query);
        return (List<?>) page.evaluate("() => [...document.querySelectorAll('#search-results > li')].map(li => ({"
                + " href: li.querySelector('a').href, title: li.querySelector('a').textContent,"
                + " marks: [...li.querySelectorAll('mark')].map(m => m.textContent) }))");
    }

    @Test
    void resultsShowWithMarkedWordsTheCountIsAnnouncedAndTheQueryStaysOutOfTheAddress() {
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page page = context.newPage();
            List<String> otherHosts = new ArrayList<>();
            page.onRequest(r -> {
                if (!r.url().startsWith(server.baseUrl())) {
                    otherHosts.add(r.url());
                }
            });
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    errors.add(m.text());
                }
            });
            page.navigate(server.url("sok/"));
            String before = page.url();
            Object historyBefore = page.evaluate("() => history.length");
            assertTrue(page.isVisible("#search-input"), "the search field shows with JavaScript");
            assertEquals("Sök på webbplatsen", page.textContent("label[for=search-input]").trim());

            List<?> results = search(page, "våld");
            assertFalse(results.isEmpty(), "våld finds pages");
            String status = page.textContent("#search-status").trim();
            assertTrue(status.matches("\\d+ sidor? hittades för ”våld”"), "the count is announced: " + status);
            assertEquals("status", page.getAttribute("#search-status", "role"));
            assertTrue(results.toString().contains("marks=[") && !results.toString().contains("marks=[]}"),
                    "every result marks the query's words: " + results);

            assertEquals(before, page.url(), "the query must not enter the address");
            assertEquals(historyBefore, page.evaluate("() => history.length"), "the query must not enter the history");
            assertEquals(0, ((Number) page.evaluate("() => document.cookie.length + localStorage.length + sessionStorage.length")).intValue());
            assertEquals(List.of(), otherHosts, "nothing may be fetched from another host");
            assertEquals(List.of(), errors, "no errors");

            page.click("#search-results li:first-child a");
            page.waitForLoadState();
            assertFalse(page.url().contains("sok"), "a result leads to its page: " + page.url());
        }
    }

    @Test
    void searchWorksFromFilesOpenedStraightFromDisk() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate(site.resolve("sok/index.html").toUri().toString());
            assertTrue(((String) page.evaluate("() => document.querySelector('.site-name').href")).endsWith("/index.html"),
                    "from disk the site's own links lead to index.html, not to a folder listing");
            List<?> results = search(page, "kvinnofridslinjen");
            assertFalse(results.isEmpty(), "search from disk finds pages");
            String href = (String) ((java.util.Map<?, ?>) results.get(0)).get("href");
            assertTrue(href.startsWith("file:") && href.endsWith("/index.html"), "from disk a result links to the file itself: " + href);
            page.click("#search-results li:first-child a");
            page.waitForLoadState();
            assertTrue(page.title().length() > 0 && !page.url().contains("/sok/"), "the result opens from disk: " + page.url());
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageLeadsToTheListOfAllPages() {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(server.url("sok/"));
            assertFalse(page.isVisible("#search-form"), "without JavaScript there is no form that cannot work");
            page.click("text=Alla sidor A–Ö");
            page.waitForLoadState();
            assertTrue(page.url().endsWith("/sok/alla-sidor/"), page.url());
            int listed = ((Number) page.evaluate("() => document.querySelectorAll('main .page-list a').length")).intValue();
            assertEquals(markdownPages("sv"), listed, "the A–Z list shows every page of the edition");
            List<?> letters = (List<?>) page.evaluate("() => [...document.querySelectorAll('main h2')].map(h => h.textContent.trim())");
            assertTrue(letters.indexOf("Ö") < 0 || letters.indexOf("Ö") > letters.indexOf("A"), "Swedish order, Ö after A: " + letters);
        }
    }

    /** How many pages an edition of the default site has written: its Markdown files. */
    private static int markdownPages(String edition) {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("fristad.root", ".")).resolve("content").resolve(edition);
        try (var files = java.nio.file.Files.walk(dir)) {
            return (int) files.filter(p -> p.toString().endsWith(".md")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hostileInputIsShownAsTextAndNeverRuns() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.onDialog(d -> {
                errors.add("dialog: " + d.message());
                d.dismiss();
            });
            page.navigate(server.url("sok/"));
            for (String q : List.of("<img src=x onerror=\"window.pwned=1\">", "<script>window.pwned=1</script>", "x".repeat(1000),
                    "🙂🙂", "العنف الأسري", "\u202e\u200fvåld", "' OR 1=1 --", "constructor", "__proto__ toString")) {
                page.fill("#search-input", "");
                search(page, q);
                assertEquals(Boolean.FALSE, page.evaluate("() => !!window.pwned"), "input ran as code: " + q);
                assertEquals(0, ((Number) page.evaluate("() => document.querySelectorAll('main img, main script:not([src])').length")).intValue(), q);
            }
            assertTrue(page.textContent("#search-status").contains("constructor") || page.textContent("#search-status").contains("__proto__"));
            assertEquals(List.of(), errors, "hostile input gives no error");
        }
    }

    @Test
    void theKeyboardReachesTheFieldTheButtonAndTheResults() {
        // (the header's own search field, on every page, is HeaderSearchIT's)
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate(server.url("sok/"));
            page.focus("#search-input");
            page.keyboard().type("barn");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.querySelectorAll('#search-results a').length > 0");
            page.keyboard().press("Tab");
            assertEquals("BUTTON", page.evaluate("() => document.activeElement.tagName"));
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            assertTrue((Boolean) page.evaluate("() => !!document.activeElement.closest('#search-results')"),
                    "Tab continues into the results");
        }
    }

    @Test
    void theSearchPageWithResultsHasNoAxeViolationsInSwedishAndArabic() {
        List<String> failures = new ArrayList<>();
        for (String[] c : new String[][] {{"sok/", "våld"}, {"ar/sok/", "العنف"}, {"lattlast/sok/", "hjälp"}}) {
            try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setBypassCSP(true))) {
                Page page = context.newPage();
                page.navigate(server.url(c[0]));
                search(page, c[1]);
                AxeResults results = new AxeBuilder(page).setLegacyMode(true).withTags(TAGS).analyze();
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        failures.add(c[0] + " " + rule.getId() + " " + node.getTarget() + " — " + rule.getHelp());
                    }
                }
                if (c[0].startsWith("ar/")) {
                    assertEquals("rtl", page.evaluate("() => getComputedStyle(document.getElementById('search-input')).direction"));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }
}
