package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (Browser browser = Browser.launch();
             DevServer server = DevServer.start(site.dir, 0, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            Page page = browser.newPage(390, 844);
            List<String> external = new ArrayList<>();
            page.onRequest(r -> {
                if (!r.url().startsWith(server.url())) {
                    external.add(r.url());
                }
            });
            page.navigate(server.url());
            page.waitForSelector("text=Första versionen.");
            page.waitForTimeout(300); // the EventSource connects

            List<Long> times = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                long start = System.nanoTime();
                site.page("sv/index.md", "Hem", "Version " + i + ".");
                page.waitForSelector("text=Version " + i + ".", new Page.WaitForSelectorOptions().setTimeout(10_000));
                times.add((System.nanoTime() - start) / 1_000_000);
                page.waitForTimeout(200);
            }
            System.out.println("live reload in Chromium: save → new text on screen in " + times + " ms");

            site.write("content/sv/index.md", "---\ntitel: Hem\n---\n");
            page.waitForSelector("text=The site could not be built", new Page.WaitForSelectorOptions().setTimeout(10_000));
            assertTrue(page.textContent("main").contains("unknown key \"titel\" — did you mean \"title\"?"), page.textContent("main"));

            site.page("sv/index.md", "Hem", "Lagad.");
            page.waitForSelector("text=Lagad.", new Page.WaitForSelectorOptions().setTimeout(10_000).setState(WaitForSelectorState.VISIBLE));
            assertTrue(external.isEmpty(), "preview requests only itself: " + external);
        }
    }
}
