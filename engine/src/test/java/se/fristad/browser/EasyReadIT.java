package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.ServedSiteTest;

/**
 * A keyboard user moves between a page and its easy-to-read version: the link is the first thing after the skip
 * link's target, visibly focused, in Swedish, and the easy-to-read page offers the way back at the same place.
 */
class EasyReadIT extends ServedSiteTest {

    private static final String FOCUSED = "() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
            + " return { text: e.innerText.trim(), lang: e.closest('[lang]').getAttribute('lang'), hreflang: e.getAttribute('hreflang') || '',"
            + " inMain: !!e.closest('main'), outline: getComputedStyle(e).outlineStyle,"
            + " visible: r.width > 1 && r.height > 1 && r.top >= 0 && r.bottom <= innerHeight }; }";

    @Test
    void skipLinkThenTabReachesTheEasyReadLinkAndEnterFollowsIt() {
        BrowserContext context = browser.newContext(390, 844);
        try {
            Page page = context.newPage();
            page.navigate(server.url(""));
            page.keyboard().press("Tab");
            page.keyboard().press("Enter"); // the skip link
            page.keyboard().press("Tab");
            Map<?, ?> f = (Map<?, ?>) page.evaluate(FOCUSED);
            assertEquals("Läs sidan på lättläst svenska", f.get("text"));
            assertEquals("sv", f.get("lang"));
            assertEquals("sv", f.get("hreflang"));
            assertTrue((Boolean) f.get("inMain") && (Boolean) f.get("visible"), f.toString());
            assertEquals("solid", f.get("outline"), "visible focus");
            page.keyboard().press("Enter");
            page.waitForURL(server.url("lattlast/"));
            assertEquals("sv", page.getAttribute("html", "lang"));
            assertEquals("Fristad – lättläst", page.textContent("h1").strip());

            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            f = (Map<?, ?>) page.evaluate(FOCUSED);
            assertEquals("Läs sidan på vanlig svenska", f.get("text"));
            page.keyboard().press("Enter");
            page.waitForURL(server.url(""));
        } finally {
            context.close();
        }
    }
}
