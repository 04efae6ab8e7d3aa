package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import se.fristad.build.TestSite;
import se.fristad.serve.DevServer;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.NeedsChromium;

/**
 * An editor's view of {@code serve}: the page open in Chromium shows a saved change by itself, shows a build error
 * in the page instead of stale text, and recovers when the file is fixed. The save-to-screen time is printed (a
 * figure, not an assertion: the machine is shared).
 */
@NeedsChromium
class LiveReloadIT {
    @TempDir
    Path tmp;

    @Test
    void savedMarkdownShowsInTheOpenBrowser() throws Exception {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "Första versionen.");
        Browser browser = Browser.shared();
        try (DevServer server = DevServer.start(site.dir, 0, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            BrowserContext context = browser.newContext(390, 844);
            try {
                // Keep hold of the page's EventSource, to wait until it is connected instead of for a fixed time.
                context.addInitScript("(() => { const ES = window.EventSource; window.__sources = [];"
                        + " window.EventSource = function (url, options) { const s = new ES(url, options);"
                        + " window.__sources.push(s); return s; }; window.EventSource.prototype = ES.prototype; })();");
                Page page = context.newPage();
                List<String> external = new ArrayList<>();
                page.onRequest(r -> {
                    if (!r.url().startsWith(server.url())) {
                        external.add(r.url());
                    }
                });
                page.navigate(server.url());
                page.waitForSelector("text=Första versionen.");
                waitForLiveReloadConnection(page);

                List<Long> times = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    long start = System.nanoTime();
                    site.page("sv/index.md", "Hem", "Version " + i + ".");
                    page.waitForSelector("text=Version " + i + ".", new Page.WaitForSelectorOptions().setTimeout(10_000));
                    times.add((System.nanoTime() - start) / 1_000_000);
                    waitForLiveReloadConnection(page); // the reloaded page's own connection
                }
                System.out.println("live reload in Chromium: save → new text on screen in " + times + " ms");

                site.write("content/sv/index.md", "---\ntitel: Hem\n---\n");
                page.waitForSelector("text=The site could not be built", new Page.WaitForSelectorOptions().setTimeout(10_000));
                waitForLiveReloadConnection(page); // the error page reloads too, once the file is fixed
                assertTrue(page.textContent("main").contains("unknown key \"titel\" — did you mean \"title\"?"), page.textContent("main"));

                site.page("sv/index.md", "Hem", "Lagad.");
                page.waitForSelector("text=Lagad.", new Page.WaitForSelectorOptions().setTimeout(10_000).setState(WaitForSelectorState.VISIBLE));
                assertTrue(external.isEmpty(), "preview requests only itself: " + external);
            } finally {
                context.close();
            }
        }
    }

    /** Waits until the page's live-reload EventSource is open (the server then has it among its clients). */
    private static void waitForLiveReloadConnection(Page page) {
        page.waitForFunction("() => (window.__sources || []).some(s => s.readyState === 1)");
    }
}
