package se.fristad.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.NeedsChromium;
import se.fristad.testsupport.StaticServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A keyboard user on the Swedish home page: the first Tab lands on a visible skip link that takes focus to the
 * main content, and the language switcher comes before the main content in the Tab order.
 */
@NeedsChromium
class KeyboardIT {

    /** What the focused element is, as the test reports it. */
    private static final String FOCUSED = "() => { const e = document.activeElement; if (!e || e === document.body) return null;"
            + " const r = e.getBoundingClientRect();"
            + " return { tag: e.tagName.toLowerCase(), id: e.id || '', text: (e.innerText || '').trim(),"
            + "   hreflang: e.getAttribute('hreflang') || '', inMain: !!e.closest('main'),"
            + "   inLanguages: !!(e.closest('nav') && e.closest('nav').querySelector('a[hreflang]')),"
            + "   visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight"
            + "     && r.right > 0 && r.left < innerWidth }; }";

    private static Browser browser;
    private static StaticServer server;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() {
        server = StaticServer.start(BuiltSite.dir(), true);
        browser = Browser.shared();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.close();
    }

    @BeforeEach
    void open() {
        context = browser.newContext(1280, 800);
        page = context.newPage();
        page.navigate(server.url(""));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void firstTabFocusesAVisibleSkipLinkThatMovesFocusToMain() {
        page.keyboard().press("Tab");
        Map<?, ?> first = focused();
        assertTrue(first != null, "Tab from the top focused nothing");
        assertEquals("a", first.get("tag"), "the first Tab should focus the skip link, got " + first);
        assertEquals("Hoppa till innehållet", first.get("text"), "the first Tab should focus the skip link");
        assertTrue((Boolean) first.get("visible"), "the focused skip link must be visible on screen: " + first);

        page.keyboard().press("Enter");
        Map<?, ?> target = focused();
        assertTrue(target != null, "after the skip link, focus went nowhere (document.body)");
        assertEquals("main", target.get("tag"), "the skip link should move focus to <main id=main>, got " + target);
        assertEquals("main", target.get("id"), "the skip link should move focus to <main id=main>, got " + target);

        // The next Tab continues inside the main content, not back at the header.
        page.keyboard().press("Tab");
        Map<?, ?> next = focused();
        if (next != null) {
            assertTrue((Boolean) next.get("inMain") || !(Boolean) next.get("inLanguages"),
                    "after skipping to the content, Tab went back to the header: " + next);
        }
    }

    @Test
    void tabReachesEveryLanguageLinkBeforeTheMainContent() {
        Number languages = (Number) page.evaluate(
                "() => [...document.querySelectorAll('nav a[hreflang]')].filter(a => !a.closest('main')).length");
        assertTrue(languages.intValue() >= 2, "no language switcher (nav links with hreflang) on the home page");
        List<String> order = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            Map<?, ?> f = focused();
            if (f == null) break;
            order.add(f.get("tag") + (f.get("hreflang").toString().isEmpty() ? "" : "[hreflang=" + f.get("hreflang") + "]")
                    + " \"" + f.get("text") + "\"");
            if ((Boolean) f.get("inMain")) {
                if (reached.size() < languages.intValue()) {
                    fail("Tab reached the main content before all " + languages + " language links (reached "
                            + reached + "). Tab order: " + order);
                }
                return;
            }
            if ((Boolean) f.get("inLanguages") && !f.get("hreflang").toString().isEmpty()) {
                reached.add(f.get("hreflang").toString());
                assertTrue((Boolean) f.get("visible"), "a focused language link is not visible: " + f);
            }
        }
        fail("Tab never reached the main content in 60 presses. Tab order: " + order);
    }

    private Map<?, ?> focused() {
        return (Map<?, ?>) page.evaluate(FOCUSED);
    }
}
