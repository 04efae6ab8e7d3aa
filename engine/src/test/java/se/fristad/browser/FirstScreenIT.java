package se.fristad.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The first screen belongs to the resident: on a phone (390 × 844 and 320 × 568), on every page of every edition, "Lämna sidan", the 112 line and the page's h1 are inside the first viewport without
 * scrolling, and on a support service's page (type: support) so is its first phone number. On a desktop the menu,
 * the languages and the search field are open, inside the content column.
 */
class FirstScreenIT extends ServedSiteTest {

    /** Bottom edges (CSS px from the top of the page, not scrolled) of what must be on the first screen. */
    static final String MEASURE = "() => {"
            + " const bottom = s => { const e = document.querySelector(s); if (!e) return null;"
            + "   const r = e.getBoundingClientRect(); return r.height > 0 ? Math.ceil(r.bottom + window.scrollY) : -1; };"
            + " const support = !!document.querySelector('script[type=\"application/ld+json\"]');"
            + " return { exit: bottom('.exit-button'), emergency: bottom('.emergency a[href=\"tel:112\"]'), h1: bottom('main h1'),"
            + "   phone: support ? bottom('main h1 ~ .contact-list a[href^=\"tel:\"]') : null, support: support };"
            + "}";

    /**
     * Every page of every edition (right-to-left and lättläst included), measured by the {@link PageSweep} in its one
     * visit: at 390 × 844 after loading, and at 320 × 568 after narrowing the window (the page lays itself out again;
     * the site has no height-dependent CSS). The sweep's Chromium does not emulate a phone's touch screen; with the
     * site's {@code <meta name="viewport" content="width=device-width">} the layout width is the window's either way,
     * and the screenshots below are taken with phone emulation for a person to compare.
     */
    @Test
    void exit112AndTitleAreOnTheFirstScreenOfEveryPage() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> editionFolders = editionFolders();
        Map<String, Map<String, Integer>> worst = new java.util.TreeMap<>(); // "edition size" → item → lowest bottom edge
        Map<String, Integer> supportPages = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (PageSweep.PageResult r : sweep.pages()) {
            String edition = editionFolders.stream().filter(r.path()::startsWith).findFirst()
                    .map(f -> f.substring(0, f.length() - 1)).orElse("sv");
            for (int s = 0; s < 2; s++) {
                int width = s == 0 ? PageSweep.PHONE_W : PageSweep.REFLOW_W;
                int height = s == 0 ? PageSweep.PHONE_H : PageSweep.REFLOW_H;
                Map<String, Object> m = s == 0 ? r.firstScreenPhone() : r.firstScreenSmallPhone();
                Map<String, Integer> edges = worst.computeIfAbsent(edition + " " + width + "×" + height, k -> new java.util.TreeMap<>());
                for (String what : List.of("exit", "emergency", "h1", "phone")) {
                    Object v = m.get(what);
                    if (what.equals("phone") && v == null) {
                        continue; // not a support page, or one without a number (it says whom to ask instead)
                    }
                    int bottom = v == null ? -1 : ((Number) v).intValue();
                    edges.merge(what, bottom, Math::max);
                    if (bottom < 0 || bottom > height) {
                        failures.add(BuiltSite.display(r.path()) + " at " + width + "×" + height + ": " + what
                                + (bottom < 0 ? " is missing or not shown"
                                : " ends at " + bottom + " px, below the first screen (" + height + " px)"));
                    }
                }
                if (s == 0 && Boolean.TRUE.equals(m.get("support"))) {
                    supportPages.merge(edition, 1, Integer::sum);
                }
            }
        }
        worst.forEach((k, v) -> System.out.println("FirstScreenIT " + k + ": lowest bottom edge (px): " + v));
        for (String edition : List.of("sv", "ar", "lattlast")) {
            assertTrue(supportPages.getOrDefault(edition, 0) > 0,
                    "no support page (type: support) among the " + edition + " pages: the phone check proved nothing");
        }
        assertTrue(worst.size() >= 2 * 3, "measured editions: " + worst.keySet());
        if (!failures.isEmpty()) {
            fail(failures.size() + " things below the first screen on a phone — make the header smaller or move the item up:\n  "
                    + String.join("\n  ", failures));
        }
    }

    @Test
    void menuLanguagesAndSearchAreOpenInsideTheColumnOnADesktop() {
        List<String> failures = new ArrayList<>();
        BrowserContext context = browser.newContext(1280, 800);
        try {
            Page page = context.newPage();
            for (String path : List.of("", "ar/", "lattlast/", "hjalp-och-stod/kvinnofridslinjen/", "sok/alla-sidor/")) {
                page.navigate(server.url(path));
                page.waitForFunction("() => document.querySelector('details.menu-toggle').open");
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                        + " const main = document.querySelector('main').getBoundingClientRect();"
                        + " const cs = getComputedStyle(document.querySelector('main'));"
                        + " const left = main.left + parseFloat(cs.paddingLeft), right = main.right - parseFloat(cs.paddingRight);"
                        + " const out = {};"
                        + " for (const s of ['nav.menu', 'nav.languages', 'form.header-search input', 'form.header-search button']) {"
                        + "   const e = document.querySelector(s); const r = e && e.getBoundingClientRect();"
                        + "   out[s] = !r || r.width === 0 ? 'not shown' : (r.left < left - 1 || r.right > right + 1)"
                        + "     ? 'at x ' + Math.round(r.left) + '…' + Math.round(r.right) + ', outside the column ' + Math.round(left) + '…' + Math.round(right) : 'ok'; }"
                        + " out.summaries = [...document.querySelectorAll('.header-nav summary')].filter(s => s.getBoundingClientRect().width > 0).length;"
                        + " return out; }");
                m.forEach((k, v) -> {
                    if (k.equals("summaries") ? ((Number) v).intValue() != 0 : !"ok".equals(v)) {
                        failures.add(BuiltSite.display(path) + ": " + k + " " + v);
                    }
                });
            }
        } finally {
            context.close();
        }
        assertTrue(failures.isEmpty(), "on a 1280 px desktop the header's navigation must be open and in the content column:\n  "
                + String.join("\n  ", failures));
    }

    /** What a resident sees first on a phone, for a person to look at: target/screenshots/first-screen-*.png. */
    @Test
    void firstScreenScreenshots() throws java.io.IOException {
        java.nio.file.Path out = java.nio.file.Files.createDirectories(site.getParent().resolve("screenshots"));
        for (String[] c : new String[][] {{"", "sv-home"}, {"ar/", "ar-home"}, {"lattlast/", "lattlast-home"},
                {"hjalp-och-stod/kvinnofridslinjen/", "sv-kvinnofridslinjen"}, {"so/", "so-home"}}) {
            for (int[] size : new int[][] {{390, 844}, {320, 568}}) {
                BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(size[0], size[1]).setIsMobile(true).setHasTouch(true));
                try {
                    Page page = context.newPage();
                    page.navigate(server.url(c[0]));
                    java.nio.file.Path file = out.resolve("first-screen-" + c[1] + "-" + size[0] + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file));
                    assertTrue(java.nio.file.Files.size(file) > 5 * 1024, file + " looks blank");
                } finally {
                    context.close();
                }
            }
        }
    }

    /** The folders of the editions other than the first: each has its own page-not-found page (en/404.html …). */
    private static List<String> editionFolders() {
        return BuiltSite.allPagePaths(site).stream().filter(p -> p.endsWith("/404.html"))
                .map(p -> p.substring(0, p.length() - "404.html".length())).toList();
    }
}
