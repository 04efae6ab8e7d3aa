package se.fristad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.TestSite;

/**
 * The live-reload round trip over real HTTP: a saved Markdown change reaches an open page's event stream and the
 * new text is served; a broken file shows its error instead of a stale page; the server listens on loopback only.
 */
class DevServerTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String get(DevServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(DevServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void savedChangeReloadsTheOpenPage() throws Exception {
        TestSite site = TestSite.svEn(tmp.resolve("site")).page("sv/index.md", "Hem", "[B](stod/bris.md)")
                .page("sv/stod/bris.md", "BRIS", "Första versionen.");
        StringWriter log = new StringWriter();
        try (DevServer server = DevServer.start(site.dir, 0, false, new PrintWriter(log, true), new PrintWriter(log, true))) {
            String page = get(server, "stod/bris/");
            assertTrue(page.contains("Första versionen."));
            assertTrue(page.contains("<script src=\"/__fristad/live.js\"></script></body>"), "preview pages get the reload script");
            assertTrue(get(server, "__fristad/live.js").contains("EventSource"));

            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            Thread reader = listen(server, events);
            assertEquals(": connected 0", events.poll(5, TimeUnit.SECONDS));

            long start = System.nanoTime();
            site.page("sv/stod/bris.md", "BRIS", "Andra versionen.");
            String event = events.poll(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("event: reload", event, "a reload event after the save");
            assertTrue(get(server, "stod/bris/").contains("Andra versionen."));
            assertTrue(get(server, "en/stod/bris/").contains("Andra versionen."), "the English fallback shows the new text too");
            System.out.println("live reload: save → reload event in " + millis + " ms");
            assertTrue(log.toString().contains("Rebuilt 2 of 10 pages"), "only the page and its fallback were re-rendered:\n" + log);

            site.write("content/sv/stod/bris.md", "---\ntitel: BRIS\n---\n");
            assertEquals("event: reload", events.poll(10, TimeUnit.SECONDS));
            String error = get(server, "stod/bris/");
            assertTrue(error.contains("The site could not be built"), error);
            assertTrue(error.contains("content/sv/stod/bris.md:2:1: unknown key &quot;titel&quot; — did you mean &quot;title&quot;?"), error);
            assertEquals(500, status(server, ""), "every page shows the error, not a stale page");
            java.util.regex.Matcher css = java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"/(assets/[0-9a-f]{8}/css/fristad\\.css)\">").matcher(error);
            assertTrue(css.find(), "the error page has the theme's stylesheet from the folder of the last site built: " + error);
            assertEquals(200, status(server, css.group(1)), "and it is there");

            site.page("sv/stod/bris.md", "BRIS", "Lagad.");
            assertEquals("event: reload", events.poll(10, TimeUnit.SECONDS));
            assertTrue(get(server, "stod/bris/").contains("Lagad."));
            reader.interrupt();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        TestSite site = TestSite.svEn(tmp.resolve("site")).page("sv/index.md", "Hem", "x");
        try (DevServer server = DevServer.start(site.dir, 0, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            int port = URI.create(server.url()).getPort();
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
            var external = java.net.NetworkInterface.networkInterfaces().flatMap(i -> i.inetAddresses())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
            if (external.isPresent()) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(external.get(), port), 1000);
                    throw new AssertionError("reachable on " + external.get());
                } catch (java.io.IOException expected) {
                    // refused: good
                }
            }
            assertEquals(404, status(server, "finns-inte/"));
            assertEquals(404, status(server, "../../etc/passwd"));
        }
    }

    private static Thread listen(DevServer server, BlockingQueue<String> events) {
        Thread t = new Thread(() -> {
            try {
                var conn = URI.create(server.url() + "__fristad/events").toURL().openConnection();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isEmpty() && !line.startsWith("data:")) {
                            events.add(line);
                        }
                    }
                }
            } catch (Exception e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
