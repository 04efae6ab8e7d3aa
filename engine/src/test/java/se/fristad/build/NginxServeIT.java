package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.fristad.render.SecurityPolicy;

/**
 * The built site served as a host serves it: Debian's nginx, its workers running as {@code www-data} (not the owner of
 * the files), with the server block of docs/webbserver.md, the page IT departments copy it from. The site used to be
 * written with mode 700 and nginx answered 403 for every page. The block must send the engine's security headers, make
 * browsers check pages for changes, and show each edition's page not found. Needs nginx and root (for the workers'
 * user); {@code .ci/run} installs nginx, and under CI the test must run.
 */
class NginxServeIT {
    private Nginx nginx;

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void nginxRunningAsAnotherUserServesEveryKindOfFile() throws Exception {
        Path base = Nginx.folder("fristad-nginx");
        TestSite site = TestSite.svEn(base.resolve("src")).page("sv/index.md", "Hem", "Ring {{tel bris}}.")
                .page("sv/stod/bris.md", "BRIS", "Ring oss.", "type: support", "phones: [116 111]")
                .write("content/sv/broschyr.pdf", "%PDF-1.4 x");
        Path out = base.resolve("site"); // made by the build as mkdir makes it: the workers must be able to read it
        assertTrue(new Build(site.dir, false).build(out).ok());
        assertNotEquals("www-data", Files.getOwner(out.resolve("index.html")).getName(), "the server is not the files' owner");
        int port = Nginx.freePort();
        nginx = Nginx.start(base, new int[] {port}, Nginx.documentedServer(out, port));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of("/", "/stod/bris/", "/en/", "/" + TestSite.assets(out) + "css/fristad.css", "/broschyr.pdf", "/search/sv/meta.js",
                "/" + TestSite.shards(out, "sv") + "a/0.js", "/sok/", "/stod.json")) {
            HttpResponse<String> r = get(http, port, path);
            assertEquals(200, r.statusCode(), () -> path + " served by nginx as www-data; error log:\n" + nginx.log());
            for (Map.Entry<String, String> h : SecurityPolicy.headers().entrySet()) {
                assertEquals(List.of(h.getValue()), r.headers().allValues(h.getKey()), path + ": the engine's " + h.getKey());
            }
            if (path.endsWith("/") || path.endsWith(".json") || path.endsWith("meta.js")) { // a page, or what names the files pages load
                assertEquals(List.of("no-cache"), r.headers().allValues("cache-control"), path + ": browsers check for changes");
            }
            if (path.endsWith("/")) {
                assertTrue(r.body().contains("<h1"), path);
            }
        }
        assertTrue(get(http, port, "/stod.json").headers().firstValue("content-type").orElse("").startsWith("application/json"));
        // page not found, in the language of the folder asked for
        for (String[] e : new String[][] {{"/finns-inte/", "sv"}, {"/en/missing/", "en"}, {"/en/stod/saknas.pdf", "en"}}) {
            HttpResponse<String> r = get(http, port, e[0]);
            assertEquals(404, r.statusCode(), e[0]);
            assertTrue(r.body().contains("<html lang=\"" + e[1] + "\""), e[0] + " shows the " + e[1] + " 404 page:\n" + r.body());
            assertEquals(SecurityPolicy.HEADER, r.headers().firstValue("content-security-policy").orElse(""), e[0]);
        }
    }

    /** Waits for nginx to answer (it is starting), then returns its answer. */
    private HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(50); // poll until it listens
            }
        }
    }
}
