package se.fristad.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import se.fristad.testsupport.ServedSiteTest;
import se.fristad.testsupport.StaticServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lost resident gets a real page: a server set up as README's snippets say (nginx {@code error_page 404} per language
 * folder) answers any unknown address, however deep, with that edition's {@code 404.html} and status 404. The page
 * loads its stylesheet and script from the site's root, has the full header (exit, 112, the note on hiding one's
 * visit) in its language, leads home and to search, and passes axe and the Nu Html Checker.
 */
class NotFoundPageIT extends ServedSiteTest {

    private static HttpServer notFoundServer;
    private static String base;

    @BeforeAll
    static void startServerWithErrorPages() throws IOException {
        notFoundServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        notFoundServer.createContext("/", NotFoundPageIT::handle);
        notFoundServer.start();
        base = "http://127.0.0.1:" + notFoundServer.getAddress().getPort();
    }

    @AfterAll
    static void stopServerWithErrorPages() {
        if (notFoundServer != null) {
            notFoundServer.stop(0);
        }
    }

    /** Files as they are; anything else is a 404 with the 404.html of the edition folder the address starts with. */
    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Security-Policy", StaticServer.CSP);
            String path = URI.create(ex.getRequestURI().toString()).getPath();
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (file.startsWith(site) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                String first = path.replaceFirst("^/+", "").split("/", 2)[0];
                Path edition = site.resolve(first).resolve("404.html");
                file = !first.isEmpty() && Files.isRegularFile(edition) ? edition : site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html";
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    @Test
    void aDeepUnknownAddressShowsTheEditionsOwn404PageWithItsStylesheetAndHeader() {
        String[][] cases = {
                {"/no/such/page/at/all/", "sv", "Sidan finns inte", "/", "/sok/"},
                {"/en/a/b/c/d/missing.html", "en", "Page not found", "/en/", "/en/sok/"},
                {"/ar/x/y/z/", "ar", "الصفحة غير موجودة", "/ar/", "/ar/sok/"},
                {"/lattlast/finns/inte/", "sv", "Sidan finns inte", "/lattlast/", "/lattlast/sok/"},
        };
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setBypassCSP(false));
        try {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            // every stylesheet, script and picture the page asks for exists (the page itself is the 404), and the policy holds
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.request().resourceType().equals("document")) {
                    violations.add(r.status() + " " + r.url());
                }
            });
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") && m.text().contains("Content Security Policy")) {
                    violations.add(m.text());
                }
            });
            for (String[] c : cases) {
                Response r = page.navigate(base + c[0]);
                assertEquals(404, r.status(), c[0]);
                assertEquals(c[1], page.getAttribute("html", "lang"), c[0]);
                assertEquals(c[2], page.textContent("main h1").strip(), c[0]);
                // the stylesheet loaded (the header is coloured) and fristad.js ran (it marks <html class="js">)
                assertTrue(!"rgba(0, 0, 0, 0)".equals(page.evaluate("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor")),
                        c[0] + ": the stylesheet did not load");
                page.waitForFunction("() => document.documentElement.classList.contains('js')");
                assertTrue(page.isVisible(".exit-button") && page.isVisible(".emergency a[href='tel:112']") && page.isVisible(".safety-note a"), c[0]);
                assertEquals(c[3], page.getAttribute(".not-found-links a >> nth=0", "href"), c[0]);
                assertEquals(c[4], page.getAttribute(".not-found-links a >> nth=1", "href"), c[0]);
                Response search = page.navigate(base + c[4]);
                assertEquals(200, search.status(), c[0] + ": the search link leads to the search page");
            }
            assertTrue(violations.isEmpty(), "files missing or blocked: " + violations);
            page.navigate(base + "/en/deep/deeper/");
            page.click(".not-found-links a >> nth=0");
            page.waitForURL(base + "/en/");
            assertEquals("en", page.getAttribute("html", "lang"));
        } finally {
            context.close();
        }
    }

    @Test
    void every404PagePassesAxeAndTheNuHtmlChecker() throws Exception {
        List<Path> pages = new ArrayList<>();
        pages.add(site.resolve("404.html"));
        try (var dirs = Files.list(site)) {
            dirs.map(d -> d.resolve("404.html")).filter(Files::isRegularFile).sorted().forEach(pages::add);
        }
        int editions = ((List<?>) ((java.util.Map<?, ?>) new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(Files.readString(
                java.nio.file.Paths.get(System.getProperty("fristad.root", ".")).resolve("site.yml")))).get("languages")).size();
        assertEquals(editions, pages.size(), "a 404 page for each of the " + editions + " editions in site.yml: " + pages);
        List<String> failures = new ArrayList<>();
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setBypassCSP(true));
        try {
            Page page = context.newPage();
            for (Path p : pages) {
                String rel = site.relativize(p.getParent()).toString();
                page.navigate(base + "/" + (rel.isEmpty() ? "" : rel + "/") + "missing/page/");
                AxeResults results = new AxeBuilder(page).setLegacyMode(true)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")).analyze();
                for (Rule rule : results.getViolations()) {
                    failures.add(p + ": axe " + rule.getId() + " — " + rule.getHelp());
                }
            }
        } finally {
            context.close();
        }
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        for (Path p : pages) {
            validator.checkHtmlFile(p.toFile(), true);
        }
        failures.addAll(errors);
        assertTrue(failures.isEmpty(), String.join("\n  ", failures));
    }
}
