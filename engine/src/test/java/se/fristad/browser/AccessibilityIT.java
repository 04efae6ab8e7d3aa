package se.fristad.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every built page passes axe-core's WCAG 2.2 AA and best-practice rules on a phone and on a desktop, keeps its
 * contrast in the dark colour scheme, and reflows to 320 CSS pixels without sideways scrolling (WCAG 1.4.10).
 * The page-by-page checks read what {@link PageSweep} found in its one visit to each page; the dark colour scheme
 * (home pages only) is checked here, in a context of its own.
 */
class AccessibilityIT extends ServedSiteTest {

    private static final List<String> TAGS = PageSweep.TAGS;

    @Test
    void noViolationsOnAPhone() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> failures = sweep.pages().stream().flatMap(p -> p.phone().stream()).toList();
        if (!failures.isEmpty()) {
            fail(failures.size() + " axe-core violation(s) (phone 390×844):\n  " + String.join("\n  ", failures));
        }
    }

    @Test
    void noViolationsOnADesktop() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> failures = sweep.pages().stream().flatMap(p -> p.desktop().stream()).toList();
        if (!failures.isEmpty()) {
            fail(failures.size() + " axe-core violation(s) (desktop 1280×800):\n  " + String.join("\n  ", failures));
        }
    }

    /** axe really looked at every page of every edition, at both widths: as many pages as HTML files were built. */
    @Test
    void axeCheckedEveryBuiltPageAtBothWidths() throws IOException {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> checked = sweep.pages().stream().filter(PageSweep.PageResult::axeRanAtBothWidths)
                .map(p -> BuiltSite.file(site, p.path()).toAbsolutePath().normalize().toString()).sorted().toList();
        List<String> html;
        try (Stream<Path> files = Files.walk(site)) {
            html = files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> f.toAbsolutePath().normalize().toString()).sorted().toList();
        }
        System.out.println("axe: " + checked.size() + " pages × 2 widths = " + 2 * checked.size() + " checks ("
                + html.size() + " HTML files in " + BuiltSite.relativeName(site) + ")");
        List<String> missed = new ArrayList<>(html);
        missed.removeAll(checked);
        assertTrue(missed.isEmpty(), missed.size() + " built page(s) that axe did not check at both widths: "
                + missed.subList(0, Math.min(20, missed.size())));
        assertEquals(html.size(), checked.size(), "axe checked pages that are not HTML files of the built site");
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
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> failures = sweep.pages().stream().filter(p -> p.reflow() != null)
                .map(p -> p.url() + ": " + p.reflow()).toList();
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
            context.addInitScript(PageSweep.axeSource()); // once per page load, not per check
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
                failures.addAll(PageSweep.axe(page, url, rules == null ? TAGS : null, rules));
            }
        } finally {
            context.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " axe-core violation(s) (" + setting + "):\n  " + String.join("\n  ", failures));
        }
    }
}
