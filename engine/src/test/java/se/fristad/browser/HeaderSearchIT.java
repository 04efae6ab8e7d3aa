package se.fristad.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.ServedSiteTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search from every page's header: on a phone behind the "Sök" control, on a desktop an open field in the column.
 * The results appear below the header; the query is never in the address, the history or any storage. Without
 * JavaScript the control leads to the list of all pages A–Z.
 */
class HeaderSearchIT extends ServedSiteTest {

    @Test
    void searchingFromThePhoneHeaderShowsResultsAndLeavesNoTrace() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page page = context.newPage();
            for (String[] c : List.of(new String[] {"former-av-vald/psykiskt-vald/", "våld", "sidor hittades"},
                    new String[] {"ar/hjalp-och-stod/", "العنف", "العنف"},
                    new String[] {"lattlast/", "våld", "våld"})) {
                String url = server.url(c[0]);
                page.navigate(url);
                int history = ((Number) page.evaluate("() => history.length")).intValue();
                assertFalse(page.isVisible("#header-search-input"), "the field waits behind its control on a phone");
                page.click("details.search-toggle > summary");
                page.waitForFunction("() => document.activeElement && document.activeElement.id === 'header-search-input'");
                page.keyboard().type(c[1]);
                page.keyboard().press("Enter");
                page.waitForFunction("() => document.querySelectorAll('.header-results-list li').length > 0");
                String status = page.textContent("#header-search-status");
                assertTrue(status.contains(c[1]) || status.contains(c[2]), c[0] + ": status says what was found: " + status);
                assertEquals(url, page.url(), "the query is not in the address");
                assertEquals(history, ((Number) page.evaluate("() => history.length")).intValue(), "nothing added to the history");
                assertEquals(0, ((Number) page.evaluate("() => localStorage.length + sessionStorage.length + document.cookie.length")).intValue(),
                        "nothing stored");
                assertTrue(page.isVisible(".header-results-list a"));
            }
            String first = page.getAttribute(".header-results-list li a", "href");
            page.click(".header-results-list li a");
            page.waitForURL(u -> !u.equals(server.url("lattlast/")));
            assertTrue(page.url().startsWith(server.baseUrl()), "a result leads to a page of the site: " + first);
            assertFalse(page.url().contains("v%C3%A5ld") || page.url().contains("våld"), page.url());
        } finally {
            context.close();
        }
    }

    @Test
    void onADesktopTheFieldIsOpenAndSearchesInPlaceWithoutAxeViolations() {
        // axe is injected into the page: the page's own policy must not stop the checker
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800).setBypassCSP(true));
        try {
            Page page = context.newPage();
            page.navigate(server.url("ar/"));
            page.waitForFunction("() => document.querySelector('details.search-toggle').open");
            assertTrue(page.isVisible("#header-search-input"));
            page.fill("#header-search-input", "العنف");
            page.waitForFunction("() => document.querySelectorAll('.header-results-list li').length > 0");
            assertEquals(server.url("ar/"), page.url());
            AxeResults results = new AxeBuilder(page).setLegacyMode(true)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")).analyze();
            assertTrue(results.getViolations().isEmpty(), () -> "axe with results shown: " + results.getViolations().stream()
                    .map(r -> r.getId() + " " + r.getNodes().get(0).getTarget()).toList());
        } finally {
            context.close();
        }
    }

    @Test
    void theKeyboardReachesTheHeaderFieldTheButtonAndTheResults() {
        BrowserContext context = browser.newContext(1280, 800);
        try {
            Page page = context.newPage();
            page.navigate(server.url(""));
            page.waitForFunction("() => document.querySelector('details.search-toggle').open");
            boolean found = false;
            for (int i = 0; i < 40 && !found; i++) {
                page.keyboard().press("Tab");
                found = (Boolean) page.evaluate("() => document.activeElement.id === 'header-search-input'");
            }
            assertTrue(found, "Tab reaches the header's search field");
            page.keyboard().type("barn");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.querySelectorAll('.header-results-list li a').length > 0");
            page.keyboard().press("Tab");
            assertEquals("BUTTON", page.evaluate("() => document.activeElement.tagName"));
            page.keyboard().press("Tab");
            assertTrue((Boolean) page.evaluate("() => !!document.activeElement.closest('.header-results-list')"),
                    "Tab continues into the results, right after the header, not to "
                            + page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"));
        } finally {
            context.close();
        }
    }

    @Test
    void withoutJavaScriptTheControlLeadsToTheListOfAllPages() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setJavaScriptEnabled(false));
        try {
            Page page = context.newPage();
            page.navigate(server.url("hjalp-och-stod/bris/"));
            assertFalse(page.isVisible("form.header-search"));
            page.click("details.search-toggle > summary");
            page.click("details.search-toggle .search-link a");
            page.waitForURL(server.url("sok/alla-sidor/"));
            assertEquals("Alla sidor A–Ö", page.textContent("main h1").strip());
            // the menu and the languages open without script too
            page.click("details.menu-toggle > summary");
            assertTrue(page.isVisible("nav.menu a"));
            page.click("details.languages-toggle > summary");
            assertTrue(page.isVisible("nav.languages a[lang=ar]"));
        } finally {
            context.close();
        }
    }
}
