package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

/**
 * The way out stays one tap away: a phone or a tablet has no Shift key, so "Lämna sidan" must be on the screen and
 * tappable wherever the reader has scrolled to, on every page of every edition (right-to-left included), full width on
 * a phone, without covering the page's h1 — and it never hides the element a keyboard user has moved to (WCAG 2.2,
 * 2.4.11 Focus Not Obscured).
 */
class ExitEverywhereIT extends ServedSiteTest {

    /** Measured by the {@link PageSweep} in its one visit per page: top, middle and bottom, at a phone's two sizes and a tablet's. */
    @Test
    void theExitIsOnScreenAtEveryScrollPositionOfEveryPage() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> failures = new ArrayList<>();
        int measured = 0;
        for (PageSweep.PageResult r : sweep.pages()) {
            measured++;
            r.exitReach().forEach(p -> failures.add(BuiltSite.display(r.path()) + " at " + p));
        }
        assertTrue(measured > 500, "pages measured: " + measured);
        if (!failures.isEmpty()) {
            fail(failures.size() + " places where the exit button cannot be tapped:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /** The check itself fails where the button is not fixed: a page whose button scrolls away with the header. */
    @Test
    void theCheckFindsAnExitThatScrollsAway() {
        BrowserContext context = browser.newContext(390, 844);
        try {
            Page page = context.newPage();
            page.navigate(server.url("planer/sodertalje/"));
            // (through the CSS object model: the site's Content-Security-Policy refuses a <style> element)
            page.evaluate("() => document.querySelector('.exit-button').style.setProperty('position', 'static', 'important')");
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) page.evaluate(PageSweep.EXIT_REACH);
            assertTrue(problems.stream().anyMatch(p -> p.contains("off the screen")), "an exit in the flow of the page: " + problems);
        } finally {
            context.close();
        }
    }

    /** What a resident sees after scrolling to the end of a long page, for a person to look at: target/screenshots/exit-*.png. */
    @Test
    void screenshotsAtTheEndOfALongPage() throws java.io.IOException {
        java.nio.file.Path out = java.nio.file.Files.createDirectories(site.getParent().resolve("screenshots"));
        for (String[] c : new String[][] {{"former-av-vald/fysiskt-vald/", "sv"}, {"ar/former-av-vald/fysiskt-vald/", "ar"},
                {"planer/sodertalje/", "sv-plan"}}) {
            BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
            try {
                Page page = context.newPage();
                page.navigate(server.url(c[0]));
                page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
                java.nio.file.Path file = out.resolve("exit-scrolled-" + c[1] + "-390.png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file));
                assertTrue(java.nio.file.Files.size(file) > 5 * 1024, file + " looks blank");
                @SuppressWarnings("unchecked")
                List<String> problems = (List<String>) page.evaluate(PageSweep.EXIT_REACH);
                assertTrue(problems.isEmpty(), c[0] + ": " + problems);
            } finally {
                context.close();
            }
        }
    }

    /**
     * Tabbing through long pages, on a phone and a tablet, in Swedish and Arabic: no element that gets the focus is
     * hidden under the exit button — neither all of its visible part (2.4.11), nor its middle (where a reader looks).
     */
    @Test
    void aFocusedElementIsNeverUnderTheExitButton() {
        List<String> failures = new ArrayList<>();
        int focused = 0;
        for (int[] size : new int[][] {{390, 844}, {768, 1024}}) {
            BrowserContext context = browser.newContext(size[0], size[1]);
            try {
                Page page = context.newPage();
                for (String path : List.of("planer/sodertalje/", "former-av-vald/fysiskt-vald/", "ar/former-av-vald/fysiskt-vald/",
                        "hjalp-och-stod/")) {
                    page.navigate(server.url(path));
                    for (int i = 0; i < 90; i++) {
                        page.keyboard().press("Tab");
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                                + " const f = document.activeElement; const e = document.querySelector('.exit-button');"
                                + " if (!f || f === document.body || f === e || f.matches('[data-exit]')) return { skip: true };"
                                + " const a = f.getBoundingClientRect(), b = e.getBoundingClientRect();"
                                // the part of the focused element inside the window; hidden if that part is all under the
                                // button and the button is what is drawn there
                                + " const top = Math.max(a.top, 0), bottom = Math.min(a.bottom, innerHeight), left = Math.max(a.left, 0), right = Math.min(a.right, innerWidth);"
                                + " if (a.width === 0 || bottom <= top || right <= left) return { skip: true };"
                                + " const inside = top >= b.top - 0.5 && bottom <= b.bottom + 0.5 && left >= b.left - 0.5 && right <= b.right + 0.5;"
                                + " const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);"
                                + " const partly = hit && (hit === e || e.contains(hit));"
                                + " return { skip: false, over: inside || partly, what: f.tagName.toLowerCase() + ' ' + (f.textContent || '').trim().slice(0, 40),"
                                + "   y: Math.round(a.top) }; }");
                        if (Boolean.TRUE.equals(m.get("skip"))) {
                            continue;
                        }
                        focused++;
                        if (Boolean.TRUE.equals(m.get("over"))) {
                            failures.add(path + " at " + size[0] + "×" + size[1] + ": \"" + m.get("what") + "\" (at y " + m.get("y")
                                    + ") is under the exit button");
                        }
                    }
                }
            } finally {
                context.close();
            }
        }
        assertTrue(focused > 300, "elements focused: " + focused);
        assertTrue(failures.isEmpty(), "focus hidden under the exit button:\n  " + String.join("\n  ", failures));
    }
}
