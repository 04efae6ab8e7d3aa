package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import nu.validator.validation.SimpleDocumentValidator;
import se.fristad.build.TestSite;
import se.fristad.build.TypedFixture;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.NeedsChromium;
import se.fristad.testsupport.StaticServer;

/**
 * The support finder and the table of every action in Chromium: the filters narrow the list and announce how
 * many are shown; without JavaScript everything is listed; from disk the filters still work; and the typed
 * pages pass axe-core (WCAG 2.2 AA) on a phone in Swedish and in Arabic, reflow at 320 px and are valid HTML.
 */
@NeedsChromium
class TypedContentIT {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    /** The fixture's pages with typed data or a layout, in Swedish and in Arabic (right to left). */
    private static final List<String> PAGES = List.of(
            "hjalp-och-stod/", "hjalp-och-stod/kvinnofridslinjen/", "hjalp-och-stod/bris/", "hjalp-och-stod/polisen/",
            "planer/", "planer/sodertalje/", "planer/umea/", "planer/alla-atgarder/", "ordlista/", "begrepp/hedersvald/",
            "en/hjalp-och-stod/kvinnofridslinjen/",
            "ar/hjalp-och-stod/", "ar/hjalp-och-stod/bris/", "ar/hjalp-och-stod/kvinnofridslinjen/", "ar/planer/",
            "ar/planer/sodertalje/", "ar/planer/alla-atgarder/", "ar/ordlista/");

    @TempDir
    static Path tmp;
    static TestSite site;
    static Browser browser;
    static StaticServer server;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() {
        site = TypedFixture.write(tmp);
        assertEquals(List.of(), site.errors(site.build()));
        browser = Browser.shared();
        server = StaticServer.start(site.out(), true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(390, 844);
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int visible(String selector) {
        return page.locator(selector + ":visible").count();
    }

    private String status() {
        return page.textContent(".filters [role=status]").strip();
    }

    @Test
    void finderFiltersNarrowTheListAndAnnounceTheCount() {
        page.navigate(server.url("hjalp-och-stod/"));
        assertTrue(page.isVisible(".filters"), "with JavaScript the filters are shown");
        assertEquals(5, visible("#finder-list li.service"));
        assertEquals("polite", page.getAttribute(".filters [role=status]", "aria-live"));

        page.selectOption("#filter-audience", "children");
        assertEquals(List.of("BRIS", "Polisen"), page.locator("#finder-list li.service:visible h3 a").allTextContents());
        assertEquals("Visar 2 av 5.", status());
        assertFalse(page.isVisible("#finder-list section:has(h2:text-is('Umeå'))"), "a group with nothing left is hidden");

        page.selectOption("#filter-audience", "");
        page.selectOption("#filter-area", "Umeå");
        assertEquals(List.of("Kvinnofridslinjen", "BRIS", "Polisen", "Centrum mot våld"),
                page.locator("#finder-list li.service:visible h3 a").allTextContents(), "national services stay");
        assertEquals("Visar 4 av 5.", status());

        page.selectOption("#filter-audience", "perpetrators");
        assertEquals(List.of("Centrum mot våld"), page.locator("#finder-list li.service:visible h3 a").allTextContents());
        assertEquals("Visar 1 av 5.", status());

        page.selectOption("#filter-area", "Kiruna");
        assertEquals(0, visible("#finder-list li.service"));
        assertEquals("Visar 0 av 5. Inget passar. Välj något annat eller visa alla.", status());

        page.click("button[data-filter-reset]");
        assertEquals(5, visible("#finder-list li.service"));
        assertEquals("Visar 5 av 5.", status());
        assertEquals("filter-audience", page.evaluate("document.activeElement.id"), "focus goes back to the first filter");
    }

    @Test
    void finderFiltersInArabic() {
        page.navigate(server.url("ar/hjalp-och-stod/"));
        page.selectOption("#filter-audience", "children");
        assertEquals("يُعرض 2 من 5.", status());
        assertEquals("rtl", page.evaluate("getComputedStyle(document.querySelector('.filters')).direction"));
    }

    @Test
    void actionFiltersNarrowTheTableAndAnnounceTheCount() {
        page.navigate(server.url("planer/alla-atgarder/"));
        assertEquals(6, visible("#all-actions tbody tr"));
        page.selectOption("#filter-municipality", "Umeå");
        assertEquals(3, visible("#all-actions tbody tr"));
        assertEquals("Visar 3 av 6.", status());
        page.selectOption("#filter-theme", "cooperation");
        assertEquals(List.of("Starta ett samverkansråd."), page.locator("#all-actions tbody tr:visible td:nth-of-type(2)").allTextContents());
        assertEquals("Visar 1 av 6.", status());
        page.click("button[data-filter-reset]");
        page.selectOption("#filter-responsible", "Socialnämnden");
        assertEquals(2, visible("#all-actions tbody tr"));
        page.selectOption("#filter-level", "indicated");
        assertEquals(List.of("Erbjuda stöd till barn."), page.locator("#all-actions tbody tr:visible td:nth-of-type(2)").allTextContents());
        assertEquals("Visar 1 av 6.", status());
    }

    @Test
    void anActionsLinkLandsOnItsRowInThePlan() {
        page.navigate(server.url("planer/alla-atgarder/"));
        page.click("#all-actions a:has-text('Åtgärd 1:2')");
        assertTrue(page.url().endsWith("/planer/sodertalje/#atgard-1-2"), page.url());
        assertEquals("Åtgärd 1:2", page.textContent("tr:target th").strip());
    }

    @Test
    void withoutJavaScriptEverythingIsListed() {
        BrowserContext noJs = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false));
        try {
            Page p = noJs.newPage();
            p.navigate(server.url("hjalp-och-stod/"));
            assertEquals(5, p.locator("#finder-list li.service:visible").count());
            assertFalse(p.isVisible(".filters"), "filters that cannot work are not shown");
            p.navigate(server.url("planer/alla-atgarder/"));
            assertEquals(6, p.locator("#all-actions tbody tr:visible").count());
            assertFalse(p.isVisible(".filters"));
            p.navigate(server.url("ar/planer/alla-atgarder/"));
            assertEquals(6, p.locator("#all-actions tbody tr:visible").count());
        } finally {
            noJs.close();
        }
    }

    @Test
    void filtersWorkFromDisk() {
        page.navigate(site.out().resolve("hjalp-och-stod/index.html").toUri().toString());
        page.selectOption("#filter-audience", "children");
        assertEquals("Visar 2 av 5.", status());
    }

    @Test
    void noAxeViolationsOnAPhoneInSwedishAndArabic() {
        List<String> failures = new ArrayList<>();
        BrowserContext axeContext = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setBypassCSP(true));
        axeContext.addInitScript(PageSweep.axeSource()); // once per page load, not per check
        try {
            Page p = axeContext.newPage();
            for (String path : PAGES) {
                p.navigate(server.url(path));
                failures.addAll(axe(p, path, null));
                if (p.isVisible(".filters select")) { // and once filtered, with the count shown
                    p.selectOption(".filters select >> nth=0", p.locator(".filters select >> nth=0 >> option >> nth=2").getAttribute("value"));
                    failures.addAll(axe(p, path + " (filtered)", null));
                }
            }
        } finally {
            axeContext.close();
        }
        BrowserContext dark = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setBypassCSP(true)
                .setColorScheme(ColorScheme.DARK));
        dark.addInitScript(PageSweep.axeSource());
        try {
            Page p = dark.newPage();
            for (String path : List.of("hjalp-och-stod/", "planer/sodertalje/", "ar/planer/alla-atgarder/", "ordlista/")) {
                p.navigate(server.url(path));
                failures.addAll(axe(p, path + " (dark)", List.of("color-contrast", "link-in-text-block")));
            }
        } finally {
            dark.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " axe-core violation(s):\n  " + String.join("\n  ", failures));
        }
    }

    private static List<String> axe(Page p, String path, List<String> rules) {
        return PageSweep.axe(p, "/" + path, rules == null ? TAGS : null, rules);
    }

    @Test
    void everyTypedPageReflowsAt320CssPixels() {
        BrowserContext narrow = browser.newContext(320, 640);
        List<String> failures = new ArrayList<>();
        try {
            Page p = narrow.newPage();
            for (String path : PAGES) {
                p.navigate(server.url(path));
                Object width = p.evaluate("document.documentElement.scrollWidth");
                if (((Number) width).intValue() > 320) {
                    failures.add("/" + path + " is " + width + " px wide");
                }
            }
        } finally {
            narrow.close();
        }
        assertTrue(failures.isEmpty(), "pages scroll sideways at 320 px: " + failures);
    }

    @Test
    void everyTypedPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            String file;

            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        for (String path : PAGES) {
            validator.checkHtmlFile(site.out().resolve(path).resolve("index.html").toFile(), true);
        }
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors:\n  " + String.join("\n  ", errors));
    }
}
