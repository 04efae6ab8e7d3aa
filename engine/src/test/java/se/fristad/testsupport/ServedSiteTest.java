package se.fristad.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests that look at the built site: the run's one Chromium ({@link Browser#shared()}) and one
 * static server for {@code target/site} (sending the site's Content-Security-Policy as a header, as README's server
 * configurations do), both started by the first class that needs them and shared by all (starting them per class
 * cost seconds each). Tests open their own contexts ({@code browser.newContext(w, h)}) and close them.
 */
@NeedsChromium
public abstract class ServedSiteTest {
    protected static Browser browser;
    protected static StaticServer server;
    protected static Path site;

    @BeforeAll
    static void startBrowserAndServer() {
        site = BuiltSite.dir();
        browser = Browser.shared();
        server = sharedServer(site);
    }

    private static StaticServer sharedServer;

    /** The one server of the built site for the whole run; it stops when the JVM ends. */
    public static synchronized StaticServer sharedServer(Path site) {
        if (sharedServer == null) {
            sharedServer = StaticServer.start(site, true);
            StaticServer s = sharedServer;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stop the shared test server"));
        }
        return sharedServer;
    }
}
