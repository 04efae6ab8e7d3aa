package se.fristad.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every built page passes axe-core's WCAG 2.2 AA and best-practice rules on a phone and on a desktop, keeps its
 * contrast in the dark colour scheme, and reflows to 320 CSS pixels without sideways scrolling (WCAG 1.4.10).
 */
class AccessibilityIT extends ServedSiteTest {

    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");




    @Test
    void noViolationsOnAPhone() {
        assertNoViolations("phone 390×844", 390, 844, null, BuiltSite.pagePaths(site), null);
    }

    @Test
    void noViolationsOnADesktop() {
        assertNoViolations("desktop 1280×800", 1280, 800, null, BuiltSite.pagePaths(site), null);
    }

    @Test
    void homePagesKeepTheirContrastInTheDarkColourScheme() {
        List<String> homes = BuiltSite.homePaths(site);
        assertTrue(homes.contains("") && homes.contains("ar/"),
                "expected the Swedish (/) and Arabic (/ar/) home pages among " + homes);
        assertNoViolations("dark colour scheme, phone 390×844", 390, 844, ColorScheme.DARK, homes,
                List.of("color-contrast", "link-in-text-block"));
    }

    @Test
    void everyPageReflowsAt320CssPixels() {
        List<String> failures = new ArrayList<>();
        BrowserContext context = browser.newContext(320, 640);
        try {
            Page page = context.newPage();
            for (String path : BuiltSite.pagePaths(site)) {
                page.navigate(server.url(path));
                Object result = page.evaluate("() => {"
                        + " const w = document.documentElement.scrollWidth;"
                        + " if (w <= 320) return null;"
                        // Name the innermost elements that stick out or whose content spills out, so the fix is easy to find.
                        + " const bad = e => { const r = e.getBoundingClientRect();"
                        + "   if (r.right > 320.5 || r.left < -0.5) return true;"
                        + "   return e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'; };"
                        + " const all = [...document.body.querySelectorAll('*')].filter(bad);"
                        + " const out = all.filter(e => !all.some(o => o !== e && e.contains(o))).slice(0, 3)"
                        + "   .map(e => { const r = e.getBoundingClientRect(); return e.tagName.toLowerCase()"
                        + "      + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '')"
                        + "      + ' (x ' + Math.round(r.left) + '…' + Math.round(r.right) + ', content ' + e.scrollWidth + ' px wide)'; });"
                        + " return 'scrollWidth ' + w + ' > 320; sticking out: ' + (out.join(', ') || 'none found');"
                        + "}");
                if (result != null) {
                    failures.add(server.url(path) + ": " + result);
                }
            }
        } finally {
            context.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " page(s) scroll sideways at 320 CSS px (WCAG 1.4.10 Reflow):\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** Runs axe on each page (all {@link #TAGS}, or only {@code rules}) and fails listing every violation. */
    private void assertNoViolations(String setting, int width, int height, ColorScheme scheme, List<String> paths,
                                    List<String> rules) {
        List<String> failures = new ArrayList<>();
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setColorScheme(scheme == null ? ColorScheme.LIGHT : scheme)
                // axe is injected into the page; the page's own policy must not stop the checker.
                .setBypassCSP(true));
        try {
            Page page = context.newPage();
            if (scheme != null) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            }
            for (String path : paths) {
                String url = server.url(path);
                page.navigate(url);
                if (scheme == ColorScheme.DARK) {
                    assertTrue((Boolean) page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches"),
                            "the dark colour scheme is not in effect on " + url);
                }
                // Legacy mode runs axe.run() in the page itself; the default opens an extra page per run to
                // merge frame results, which doubles the time and buys nothing here: the site has no frames.
                AxeBuilder axe = new AxeBuilder(page).setLegacyMode(true);
                axe = rules == null ? axe.withTags(TAGS) : axe.withRules(rules);
                AxeResults results = axe.analyze();
                if (results.getError() != null || results.getErrorMessage() != null) {
                    failures.add(url + ": axe could not run: " + results.getErrorMessage());
                    continue;
                }
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        failures.add(url + "  " + rule.getId() + " [" + rule.getImpact() + "]  "
                                + firstTarget(node) + "  — " + rule.getHelp() + summary(node));
                    }
                }
            }
        } finally {
            context.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " axe-core violation(s) (" + setting + "):\n  " + String.join("\n  ", failures));
        }
    }

    private static String firstTarget(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
        }
        return String.valueOf(target);
    }

    private static String summary(CheckedNode node) {
        String s = node.getFailureSummary();
        if (s == null || s.isBlank()) return "";
        String one = s.replaceAll("\\s+", " ").trim();
        return " (" + (one.length() > 200 ? one.substring(0, 197) + "…" : one) + ")";
    }
}
