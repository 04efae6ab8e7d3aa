package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

/**
 * WCAG 1.4.4 Resize text: with the browser's text size doubled (Chromium's default font size set from 16 to 32 px,
 * as a reader's text-size setting does) every page at 1280 CSS pixels keeps all its text: nothing scrolls sideways,
 * no box cuts text off, and no two pieces of text overlap.
 */
class TextZoomIT extends ServedSiteTest {

    /** Finds what a reader would lose: sideways scrolling, text cut off by its box, text drawn over other text. */
    private static final String PROBLEMS = PageSweep.TEXT_PROBLEMS;

    /**
     * Read from {@link PageSweep}: in its one visit to each page, after the other checks, the text size is doubled
     * (and the test waits until the page shows it: the root font size twice what it was) at 1280×800.
     */
    @Test
    void everyPageKeepsItsTextWhenTheTextSizeIsDoubled() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        PageSweep.PageResult home = sweep.pages().stream().filter(p -> p.path().isEmpty()).findFirst().orElseThrow();
        assertEquals("36px", home.bodyFontZoomed(), "body text is 1.125rem: 18 px normally, 36 px with the text size doubled");
        // Every page was checked with the text doubled from the default, not from what the page before it left.
        List<String> notDoubled = sweep.pages().stream().filter(p -> !"36px".equals(p.bodyFontZoomed()))
                .map(p -> p.url() + ": body text " + p.bodyFontZoomed()).toList();
        assertTrue(notDoubled.isEmpty(), "pages whose text was not doubled from 18 to 36 px:\n  " + String.join("\n  ", notDoubled));
        List<String> failures = sweep.pages().stream().flatMap(p -> p.textZoom().stream()).toList();
        assertEquals(BuiltSite.allPagePaths(site).size(), sweep.pages().size(), "the sweep missed pages");
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s) with the text size doubled at 1280 CSS px (WCAG 1.4.4 Resize text):\n  "
                    + String.join("\n  ", failures));
        }
    }

    @Test
    void theCheckFindsTextThatIsCutOffOrOverlaps() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800).setBypassCSP(true));
        try {
            Page page = context.newPage();
            page.navigate(server.url(""));
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                    ".site-name { display: block; width: 3rem; overflow: hidden; white-space: nowrap; }"
                            + " .lead { margin-top: -4rem; }"));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(PROBLEMS);
            String all = String.join("\n", found);
            if (!all.contains("cuts off its text: a.site-name") || !all.contains("text overlaps")) {
                fail("the check missed a broken layout; it found: " + found);
            }
        } finally {
            context.close();
        }
    }

}
