package se.fristad.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.StaticServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One visit to every built page that the page-by-page browser checks share, so that each page is loaded once
 * instead of once per check. Each page is loaded from the test server with the site's Content-Security-Policy
 * header enforced, at phone width (390×844), and then, in that one page load:
 * <ol>
 *   <li>axe-core ({@link #TAGS}) at 390×844 — {@link AccessibilityIT#noViolationsOnAPhone()};</li>
 *   <li>at 390×844 and again after narrowing to 320×568, where the exit button, the 112 line, the h1 and a support
 *       page's first phone number end — {@link FirstScreenIT#exit112AndTitleAreOnTheFirstScreenOfEveryPage()};</li>
 *   <li>at 320×568, the reflow check — {@link AccessibilityIT#everyPageReflowsAt320CssPixels()};</li>
 *   <li>at 390×844, 320×568 and 768×1024 (a tablet), the exit button seen and tappable at the top, middle
 *       and bottom of the page — {@link ExitEverywhereIT#theExitIsOnScreenAtEveryScrollPositionOfEveryPage()};</li>
 *   <li>resized to 1280×800, axe-core again — {@link AccessibilityIT#noViolationsOnADesktop()}
 *       (layout depends on the width, so axe runs at each width);</li>
 *   <li>the browser's text size doubled (Chromium's default font sizes 16→32 px) at 1280×800, the text check —
 *       {@link TextZoomIT#everyPageKeepsItsTextWhenTheTextSizeIsDoubled()};</li>
 *   <li>all along, every request, response, CSP violation and script error of the page —
 *       {@link SecurityIT#everyPageStaysOnItsOwnOriginAndKeepsToThePolicy()}. The request log is read once the
 *       page has loaded, all checks have run and no request is in flight (a static site has nothing that fetches
 *       later by itself), instead of waiting half a second of network silence per page.</li>
 * </ol>
 * axe is injected once per page load (an init script of the context, so its 560 KB travel to Chromium once, not
 * per check) and only the violations come back ({@code resultTypes: ['violations']} spares axe describing every
 * element that passed; the violations are the same). Pages are shared out among {@code fristad.sweep.workers} threads
 * (default: the number of cores), each with a Chromium of its own, since Playwright objects must stay on the thread
 * that made them. The sweep runs once per JVM: {@link PageSweepStarter} starts it in the background as the test run
 * begins, if the run includes one of the three test classes, and they wait for its result.
 */
final class PageSweep {

    /** axe-core's rule tags: WCAG 2.0/2.1/2.2 A and AA, and best practices. */
    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static final int PHONE_W = 390, PHONE_H = 844, DESKTOP_W = 1280, DESKTOP_H = 800, REFLOW_W = 320, REFLOW_H = 568;

    /** Names what sticks out past 320 CSS px, or null when nothing scrolls sideways (WCAG 1.4.10). */
    static final String REFLOW = "() => {"
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
            + "}";

    /** Finds what a reader would lose: sideways scrolling, text cut off by its box, text drawn over other text. */
    static final String TEXT_PROBLEMS = """
            () => {
              const out = [];
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.classList.length ? '.' + [...e.classList].join('.') : '');
              const hiddenText = e => !!e.closest('.visually-hidden, [hidden], [aria-hidden="true"], details:not([open]) > :not(summary)');
              if (document.documentElement.scrollWidth > innerWidth) {
                out.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
              }
              for (const e of document.body.querySelectorAll('*')) {
                if (hiddenText(e)) continue;
                const s = getComputedStyle(e);
                const cuts = v => v === 'hidden' || v === 'clip';
                if ((cuts(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (cuts(s.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
                  out.push('cuts off its text: ' + name(e));
                }
                if (s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) {
                  out.push('shortens its text with …: ' + name(e));
                }
              }
              const boxes = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!n.nodeValue.trim() || !n.parentElement || hiddenText(n.parentElement)) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                for (const r of range.getClientRects()) {
                  if (r.width > 1 && r.height > 1 && r.bottom > 0) {
                    boxes.push({ r, n, text: n.nodeValue.trim().slice(0, 30) });
                  }
                }
              }
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i].r, b = boxes[j].r;
                  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (boxes[i].n !== boxes[j].n && w > 2 && h > 2) {
                    out.push('text overlaps: "' + boxes[i].text + '" and "' + boxes[j].text + '"');
                  }
                }
              }
              return out.slice(0, 5);
            }
            """;

    /** axe.run with rules chosen by tag or by id; only the violations come back, one entry per failing element. */
    private static final String AXE_RUN = "async ([type, values]) => {"
            + " const r = await axe.run(document, { runOnly: { type, values }, resultTypes: ['violations'] });"
            + " return r.violations.flatMap(v => v.nodes.map(n => ({ id: v.id, impact: String(v.impact), help: v.help,"
            + "   target: String(n.target && n.target.length ? n.target[0] : n.target), summary: n.failureSummary || '' }))); }";

    /** Records CSP violations the moment they happen, whether or not the browser also logs them. */
    private static final String CSP_RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    /**
     * Whether the exit button can be seen and tapped at the top, the middle and the bottom of the page (scrolled there
     * and back): inside the viewport, not covered by anything (the element at its centre is the button), at least
     * 24 × 24 px (WCAG 2.2, 2.5.8), full width on a phone (≤ 480 px), and not over the page's h1 unscrolled.
     * Returns what is wrong, empty when all is well.
     */
    static final String EXIT_REACH = "() => {"
            + " const out = []; const e = document.querySelector('.exit-button'); if (!e) return ['no exit button'];"
            + " const name = n => !n ? 'nothing' : n.tagName.toLowerCase() + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().replace(/\\s+/g, '.') : '');"
            + " const max = Math.max(0, document.documentElement.scrollHeight - innerHeight);"
            + " for (const y of [0, Math.round(max / 2), max]) {"
            + "   window.scrollTo(0, y); const r = e.getBoundingClientRect();"
            + "   const at = 'scrolled to ' + Math.round(scrollY) + ' of ' + max + ' px: ';"
            + "   if (r.width < 24 || r.height < 24) { out.push(at + 'the exit button is ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px'); continue; }"
            + "   if (r.top < -0.5 || r.bottom > innerHeight + 0.5 || r.left < -0.5 || r.right > innerWidth + 0.5) {"
            + "     out.push(at + 'the exit button is off the screen (y ' + Math.round(r.top) + '…' + Math.round(r.bottom) + ')'); continue; }"
            + "   const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);"
            + "   if (!hit || !(hit === e || e.contains(hit))) out.push(at + 'the exit button is covered by ' + name(hit));"
            + "   if (innerWidth <= 480 && r.width < innerWidth - 1) out.push(at + 'the exit button is ' + Math.round(r.width) + ' px wide on a ' + innerWidth + ' px phone, not full width');"
            + "   if (y === 0) { const h = document.querySelector('main h1'); const b = h && h.getBoundingClientRect();"
            + "     if (b && b.bottom > r.top && b.top < r.bottom && b.right > r.left && b.left < r.right) out.push('the exit button covers the h1'); }"
            + " }"
            + " window.scrollTo(0, 0); return out; }";

    static final int TABLET_W = 768, TABLET_H = 1024;

    private static final String ROOT_FONT_PX = "parseFloat(getComputedStyle(document.documentElement).fontSize)";

    /** What the sweep found on one page. Lists are empty when all is well. */
    record PageResult(String path, String url, List<String> phone, List<String> desktop, String reflow,
                      List<String> textZoom, List<String> security, int requests, String bodyFontZoomed,
                      boolean axeRanAtBothWidths, Map<String, Object> firstScreenPhone,
                      Map<String, Object> firstScreenSmallPhone, List<String> exitReach) {
    }

    /** Every page's result, in page order, and how long the sweep took. */
    record Result(List<PageResult> pages, int workers, long millis) {
    }

    /** Time spent in each step of a visit, summed over all pages and workers (printed after the sweep). */
    private static final Map<String, java.util.concurrent.atomic.LongAdder> STEP_NANOS = new java.util.concurrent.ConcurrentHashMap<>();
    private static long mark(String step, long since) {
        long now = System.nanoTime();
        STEP_NANOS.computeIfAbsent(step, k -> new java.util.concurrent.atomic.LongAdder()).add(now - since);
        return now;
    }

    private PageSweep() {
    }

    private static java.util.concurrent.CompletableFuture<Result> running;

    /**
     * Starts the sweep on threads of its own and returns at once ({@link PageSweepStarter} does this when the test run
     * begins, so that the sweep's Chromiums work while the other browser tests run: most of those keep one core busy,
     * not two). Does nothing if the sweep has already started.
     */
    static synchronized void start(Path site, StaticServer server) {
        if (running == null) {
            running = java.util.concurrent.CompletableFuture.supplyAsync(() -> run(site, server),
                    r -> {
                        Thread t = new Thread(r, "page-sweep-main");
                        t.setDaemon(true);
                        t.start();
                    });
        }
    }

    /** The sweep of {@code site} served by {@code server}: starts it unless it has started, waits for its result. */
    static Result of(Path site, StaticServer server) {
        start(site, server);
        try {
            return running.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new AssertionError("the page sweep failed: " + cause, cause);
        }
    }

    private static Result run(Path site, StaticServer server) {
        long start = System.nanoTime();
        List<String> paths = BuiltSite.allPagePaths(site); // the 404 pages too: every HTML file a resident can meet
        String axe = axeSource();
        int workers = Math.max(1, Math.min(paths.size(),
                Integer.getInteger("fristad.sweep.workers", Runtime.getRuntime().availableProcessors())));
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(paths);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "page-sweep"));
        List<PageResult> all = new ArrayList<>();
        try {
            List<Future<List<PageResult>>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> work(queue, server, axe)));
            }
            for (Future<List<PageResult>> f : futures) {
                all.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        all.sort(Comparator.comparing(PageResult::path));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("page sweep: %d pages in %.1f s with %d Chromium(s), %d ms a page%n",
                all.size(), millis / 1000.0, workers, all.isEmpty() ? 0 : millis * workers / all.size());
        StringBuilder steps = new StringBuilder("page sweep, time per step summed over pages (s):");
        STEP_NANOS.forEach((k, v) -> steps.append(' ').append(k).append('=').append(String.format("%.1f", v.sum() / 1e9)));
        System.out.println(steps);
        return new Result(List.copyOf(all), workers, millis);
    }

    /** One thread's share: its own Chromium and page, visiting pages from the queue until it is empty. */
    private static List<PageResult> work(ConcurrentLinkedQueue<String> queue, StaticServer server, String axe) {
        List<PageResult> out = new ArrayList<>();
        try (Browser browser = Browser.launch()) {
            BrowserContext context = browser.newContext(PHONE_W, PHONE_H);
            context.addInitScript(CSP_RECORDER);
            context.addInitScript(axe);
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            List<String> seen = new ArrayList<>();
            Set<String> problems = new LinkedHashSet<>(); // the meta tag and the header each report a violation
            AtomicInteger inFlight = new AtomicInteger();
            page.onRequest(r -> {
                seen.add(r.url());
                inFlight.incrementAndGet();
            });
            page.onRequestFinished(r -> inFlight.decrementAndGet());
            page.onRequestFailed(r -> {
                inFlight.decrementAndGet();
                problems.add("request failed: " + r.url() + " (" + r.failure() + ")");
            });
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    problems.add("CSP violation (console): " + firstSentence(m.text()));
                }
            });
            page.onPageError(e -> problems.add("JavaScript error: " + e));
            page.onResponse(r -> {
                if (r.status() >= 400) problems.add("broken resource: HTTP " + r.status() + " for " + r.url());
            });
            for (String path = queue.poll(); path != null; path = queue.poll()) {
                seen.clear();
                problems.clear();
                out.add(visit(page, cdp, server, path, seen, problems, inFlight));
            }
        }
        return out;
    }

    private static PageResult visit(Page page, CDPSession cdp, StaticServer server, String path, List<String> seen,
                                     Set<String> problems, AtomicInteger inFlight) {
        String url = server.url(path);
        List<String> phone = List.of(), desktop = List.of(), zoom = List.of();
        String reflow = null, bodyZoomed = null;
        boolean axeRan = false;
        Map<String, Object> firstPhone = Map.of(), firstSmall = Map.of();
        List<String> exit = new ArrayList<>();
        long t = System.nanoTime();
        // The previous page left the text size doubled: the browser's default sizes again, then the phone's screen.
        fontSizes(cdp, 16, 13);
        page.setViewportSize(PHONE_W, PHONE_H);
        try {
            page.navigate(url);
            t = mark("load", t);
        } catch (PlaywrightException e) {
            String msg = "could not load: " + e.getMessage().lines().findFirst().orElse("");
            problems.add(msg);
            return new PageResult(path, url, List.of(url + ": " + msg), List.of(url + ": " + msg), msg, List.of(msg),
                    List.copyOf(problems), seen.size(), null, false, Map.of(), Map.of(), List.of(msg));
        }
        try {
            // Widths in the order 390 → 320 → 1280, so the text can be doubled at 1280 without another resize.
            firstPhone = firstScreen(page);
            phone = axe(page, url, TAGS, null);
            t = mark("axePhone", t);
            exit.addAll(exitReach(page, PHONE_W, PHONE_H));
            resize(page, REFLOW_W, REFLOW_H);
            reflow = (String) page.evaluate(REFLOW);
            firstSmall = firstScreen(page);
            exit.addAll(exitReach(page, REFLOW_W, REFLOW_H));
            t = mark("reflow", t);
            resize(page, TABLET_W, TABLET_H);
            exit.addAll(exitReach(page, TABLET_W, TABLET_H));
            resize(page, DESKTOP_W, DESKTOP_H); // (at a desktop's width the button stands as at a tablet's)
            t = mark("exitAndResize", t);
            desktop = axe(page, url, TAGS, null);
            t = mark("axeDesktop", t);
            axeRan = true;

            // The reader's text size doubled, as Chromium's font settings do, then the text check at 1280 px.
            double normal = ((Number) page.evaluate(ROOT_FONT_PX)).doubleValue();
            fontSizes(cdp, 32, 26);
            page.waitForFunction("px => " + ROOT_FONT_PX + " === px", 2 * normal);
            t = mark("zoomIn", t);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(TEXT_PROBLEMS);
            t = mark("textProblems", t);
            zoom = found.stream().map(f -> url + ": " + f).toList();
            bodyZoomed = (String) page.evaluate("getComputedStyle(document.body).fontSize");

            // Everything the page asked for is in; now the log is complete.
            page.waitForCondition(() -> inFlight.get() <= 0);
            @SuppressWarnings("unchecked")
            List<Object> violations = (List<Object>) page.evaluate("() => window.__cspViolations || []");
            violations.forEach(v -> problems.add("CSP violation (securitypolicyviolation): " + v));
            mark("requestLog", t);
        } catch (PlaywrightException e) {
            String msg = "could not check: " + e.getMessage().lines().findFirst().orElse("");
            problems.add(msg);
            if (!axeRan) {
                phone = desktop = List.of(url + ": " + msg);
            }
            reflow = reflow == null ? msg : reflow;
            zoom = List.of(url + ": " + msg);
        }
        List<String> security = new ArrayList<>(problems);
        for (String u : seen) {
            if (!SecurityIT.isLocal(u)) security.add("request to another host: " + u);
        }
        return new PageResult(path, url, phone, desktop, reflow, zoom, security, seen.size(), bodyZoomed, axeRan,
                firstPhone, firstSmall, List.copyOf(exit));
    }

    @SuppressWarnings("unchecked")
    private static List<String> exitReach(Page page, int width, int height) {
        return ((List<String>) page.evaluate(EXIT_REACH)).stream().map(p -> width + "×" + height + " " + p).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstScreen(Page page) {
        return (Map<String, Object>) page.evaluate(FirstScreenIT.MEASURE);
    }

    private static void resize(Page page, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForFunction("([w, h]) => innerWidth === w && innerHeight === h", List.of(width, height));
    }

    private static void fontSizes(CDPSession cdp, int standard, int fixed) {
        JsonObject sizes = new JsonObject();
        sizes.addProperty("standard", standard);
        sizes.addProperty("fixed", fixed);
        JsonObject params = new JsonObject();
        params.add("fontSizes", sizes);
        cdp.send("Page.setFontSizes", params);
    }

    /**
     * axe's violations on the page as it is now, one line per element starting with {@code label}, or why axe could
     * not run: the rules with one of {@code tags}, or else the {@code rules} named. The page must have axe already,
     * e.g. from {@code context.addInitScript(PageSweep.axeSource())} (in a context that bypasses the CSP, or not:
     * init scripts are not subject to it).
     */
    static List<String> axe(Page page, String label, List<String> tags, List<String> rules) {
        List<?> nodes;
        try {
            nodes = (List<?>) page.evaluate(AXE_RUN, tags != null ? List.of("tag", tags) : List.of("rule", rules));
        } catch (PlaywrightException e) {
            return List.of(label + ": axe could not run: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> out = new ArrayList<>();
        for (Object o : nodes) {
            Map<?, ?> n = (Map<?, ?>) o;
            out.add(label + "  " + n.get("id") + " [" + n.get("impact") + "]  " + n.get("target") + "  — " + n.get("help")
                    + summary(String.valueOf(n.get("summary"))));
        }
        return out;
    }

    private static String summary(String s) {
        if (s == null || s.isBlank()) return "";
        String one = s.replaceAll("\\s+", " ").trim();
        return " (" + (one.length() > 200 ? one.substring(0, 197) + "…" : one) + ")";
    }

    private static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end + 1);
    }

    /** The axe-core script that axe-core's Playwright binding ships (the same version AxeBuilder injects). */
    static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
