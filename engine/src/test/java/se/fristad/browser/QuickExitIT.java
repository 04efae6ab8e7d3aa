package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;

import se.fristad.config.SiteConfig;
import se.fristad.testsupport.ServedSiteTest;

/**
 * Someone walks into the room: "Lämna sidan" (or Shift three times) hides the page at once and replaces it with a
 * neutral site, so Back does not return here. The neutral site is answered inside the browser, never fetched.
 */
class QuickExitIT extends ServedSiteTest {
    private static final String EXIT = SiteConfig.DEFAULT_EXIT_URL;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        context = browser.newContext(390, 844);
        context.route(EXIT + "**", r -> r.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html")
                .setBody("<!DOCTYPE html><title>Väder</title><p>neutral</p>")));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void buttonLeavesAndBackDoesNotReturn() {
        page.navigate(server.url("/"));
        page.click("details.menu-toggle > summary"); // on a phone the menu opens from its control
        page.click("nav.menu a >> nth=0");
        String visited = page.url();
        assertTrue(!visited.equals(server.url("/")), "the first menu link leads to another page: " + visited);
        page.click("header a.exit-button");
        page.waitForURL(EXIT + "**");
        page.goBack();
        assertEquals(server.url("/"), page.url(), "Back skips the page that was left: it was replaced in the history");
    }

    @Test
    void buttonIsVisibleWithoutScrollingOnAPhoneAndMirroredInArabic() {
        page.navigate(server.url("/"));
        BoundingBox sv = page.locator("header a.exit-button").boundingBox();
        assertTrue(sv.y + sv.height <= 844 && sv.x + sv.width <= 390, "visible on a phone: " + sv.x + "," + sv.y);
        assertTrue(sv.width >= 389 && sv.y < 1, "a bar across the top of a phone's screen: " + sv.x + "+" + sv.width + ", y " + sv.y);
        assertEquals("Lämna sidan", page.textContent("header a.exit-button").strip());
        page.navigate(server.url("/ar/"));
        BoundingBox ar = page.locator("header a.exit-button").boundingBox();
        assertTrue(ar.y + ar.height <= 844 && ar.width >= 389, "across the whole phone in Arabic too: " + ar.x + "+" + ar.width);
        page.setViewportSize(768, 1024); // a tablet: at the end of the header's first line
        page.navigate(server.url("/"));
        BoundingBox svTablet = page.locator("header a.exit-button").boundingBox();
        assertTrue(svTablet.x > 768 / 2.0 && svTablet.y < 60, "on the right in Swedish: " + svTablet.x + "," + svTablet.y);
        page.navigate(server.url("/ar/"));
        BoundingBox arTablet = page.locator("header a.exit-button").boundingBox();
        assertTrue(arTablet.x + arTablet.width < 768 / 2.0 && arTablet.y < 60, "on the left in right-to-left Arabic: " + arTablet.x);
    }

    @Test
    void shiftThreeTimesLeavesWithProgressAnnounced() {
        page.navigate(server.url("/"));
        page.keyboard().press("Shift");
        assertEquals("Skift nedtryckt 1 av 3 gånger", page.textContent("#exit-status"));
        page.keyboard().press("Shift");
        assertEquals("Skift nedtryckt 2 av 3 gånger", page.textContent("#exit-status"));
        page.keyboard().press("Shift");
        page.waitForURL(EXIT + "**");
    }

    @Test
    void shiftThreeTimesLeavesTheArabicEditionToo() {
        page.navigate(server.url("/en/"));
        page.navigate(server.url("/ar/"));
        page.keyboard().press("Shift");
        assertEquals("تم الضغط على Shift 1 من 3 مرات", page.textContent("#exit-status"));
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.waitForURL(EXIT + "**");
        page.goBack();
        assertEquals(server.url("/en/"), page.url(), "Back skips the Arabic page that was left");
    }

    @Test
    void capitalLettersNeverLeave() {
        page.navigate(server.url("/"));
        for (String key : new String[] {"KeyA", "KeyB", "KeyC", "KeyD"}) {
            page.keyboard().down("Shift");
            page.keyboard().press(key);
            page.keyboard().up("Shift");
        }
        // Each press returns once the page has handled the key, and leaving starts inside the handler (the page
        // is marked 'leaving' and its title emptied before location.replace): no need to wait and see.
        assertFalse((Boolean) page.evaluate("document.documentElement.classList.contains('leaving')"),
                "four capital letters started leaving the page");
        assertFalse(((String) page.evaluate("document.title")).isEmpty(), "the title was emptied: the page is leaving");
        assertEquals(server.url("/"), page.url());
        assertEquals("", page.textContent("#exit-status"));
        page.keyboard().press("Shift"); // and the count starts again from one
        assertEquals("Skift nedtryckt 1 av 3 gånger", page.textContent("#exit-status"));
    }

    @Test
    void progressIsAnnouncedInThePagesLanguage() {
        page.navigate(server.url("/en/"));
        page.keyboard().press("Shift");
        assertEquals("Shift pressed 1 of 3 times", page.textContent("#exit-status"));
    }

    @Test
    void withoutJavaScriptItIsAPlainLinkWithoutReferrer() {
        BrowserContext noJs = browser.chromium().newContext(new NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844));
        try {
            noJs.route(EXIT + "**", r -> r.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody("<title>Väder</title>")));
            Page p = noJs.newPage();
            p.navigate(server.url("/"));
            assertEquals(EXIT, p.getAttribute("header a.exit-button", "href"));
            assertEquals("noreferrer", p.getAttribute("header a.exit-button", "rel"));
            assertFalse(p.isVisible(".exit-hint"), "the Shift hint only shows where Shift works");
            String[] referer = {null};
            p.onRequest(r -> {
                if (r.url().startsWith(EXIT)) {
                    referer[0] = r.headers().getOrDefault("referer", "");
                }
            });
            p.click("header a.exit-button");
            p.waitForURL(EXIT + "**");
            assertEquals("", referer[0], "the neutral site is not told where the reader came from");
        } finally {
            noJs.close();
        }
    }

    @Test
    void exitLinkFollowsTheSkipLink() {
        page.navigate(server.url("/"));
        page.keyboard().press("Tab");
        assertEquals("Hoppa till innehållet", page.evaluate("document.activeElement.textContent.trim()"));
        page.keyboard().press("Tab");
        assertEquals("Lämna sidan", page.evaluate("document.activeElement.textContent.trim()"));
        assertEquals(EXIT, page.evaluate("document.activeElement.getAttribute('href')"));
        assertTrue((Boolean) page.evaluate("document.activeElement.getBoundingClientRect().top >= 0"), "visible when focused");
    }
}
