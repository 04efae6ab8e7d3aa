package se.fristad.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests that look at the built site: one Chromium and one static server (sending the site's
 * Content-Security-Policy as a header, as README's server configurations do) per test class.
 */
@NeedsChromium
public abstract class ServedSiteTest {
    protected static Browser browser;
    protected static StaticServer server;
    protected static Path site;

    @BeforeAll
    static void startBrowserAndServer() {
        site = BuiltSite.dir();
        browser = Browser.launch();
        server = StaticServer.start(site, true);
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }
}
