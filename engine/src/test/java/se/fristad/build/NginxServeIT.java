package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Path NGINX = Paths.get("/usr/sbin/nginx");
    private Path base;
    private Process nginx;

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(20, TimeUnit.SECONDS);
        }
        if (base != null) {
            new ProcessBuilder("rm", "-rf", "--one-file-system", base.toString()).start().waitFor(); // nginx's own temp folders too
        }
    }

    @Test
    void nginxRunningAsAnotherUserServesEveryKindOfFile() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(ci || Files.isExecutable(NGINX) && root, "needs Debian's nginx (apt-get install -y nginx) and root");
        assertTrue(Files.isExecutable(NGINX), "CI installs nginx: apt-get install -y nginx");
        assertTrue(root, "nginx's workers run as www-data only when it starts as root");

        // a world-readable place, as /var/www would be; made as mkdir makes it, like the site itself
        base = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "fristad-nginx-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36)));
        assumeTrue(Files.getPosixFilePermissions(base).contains(PosixFilePermission.OTHERS_EXECUTE), "the umask lets others into new folders");
        TestSite site = TestSite.svEn(base.resolve("src")).page("sv/index.md", "Hem", "Ring {{tel bris}}.")
                .page("sv/stod/bris.md", "BRIS", "Ring oss.", "type: support", "phones: [116 111]")
                .write("content/sv/broschyr.pdf", "%PDF-1.4 x");
        Path out = base.resolve("site");
        assertTrue(new Build(site.dir, false).build(out).ok());
        assertNotEquals("www-data", Files.getOwner(out.resolve("index.html")).getName(), "the server is not the files' owner");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = base.resolve("nginx.conf");
        Files.writeString(conf, "user www-data;\nworker_processes 1;\ndaemon off;\npid " + base.resolve("nginx.pid") + ";\nerror_log "
                + base.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n  include /etc/nginx/mime.types;\n"
                + "  client_body_temp_path " + base.resolve("tmp-body") + ";\n  proxy_temp_path " + base.resolve("tmp-proxy") + ";\n"
                + "  fastcgi_temp_path " + base.resolve("tmp-fcgi") + ";\n  uwsgi_temp_path " + base.resolve("tmp-uwsgi") + ";\n"
                + "  scgi_temp_path " + base.resolve("tmp-scgi") + ";\n" + docServerBlock(out, port) + "\n}\n");
        nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", base.toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("nginx.out").toFile()).start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of("/", "/stod/bris/", "/en/", "/" + TestSite.assets(out) + "css/fristad.css", "/broschyr.pdf", "/search/sv/meta.js",
                "/" + TestSite.shards(out, "sv") + "a/0.js", "/sok/", "/stod.json")) {
            HttpResponse<String> r = get(http, port, path);
            assertEquals(200, r.statusCode(), () -> path + " served by nginx as www-data; error log:\n" + log("error.log"));
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

    /** docs/webbserver.md's nginx server block, with its root pointing at {@code out} and listening on loopback. */
    private static String docServerBlock(Path out, int port) throws IOException {
        String doc = Files.readString(Paths.get(System.getProperty("fristad.root", ".")).resolve("docs/webbserver.md"));
        Matcher m = Pattern.compile("```nginx\\n(server \\{.*?\\n\\})\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/webbserver.md has an nginx server block");
        String block = m.group(1).replaceFirst("root [^;]+;", Matcher.quoteReplacement("root " + out + ";"));
        return block.replaceFirst("server \\{", "server {\n    listen 127.0.0.1:" + port + ";");
    }

    /** One of nginx's logs, or nothing when it has not written it (yet). */
    private String log(String name) {
        try {
            return Files.readString(base.resolve(name));
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits for nginx to answer (it is starting), then returns its answer. */
    private HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                if (!nginx.isAlive()) {
                    fail("nginx stopped: " + log("nginx.out") + log("error.log"));
                }
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(50); // poll until it listens
            }
        }
    }
}
