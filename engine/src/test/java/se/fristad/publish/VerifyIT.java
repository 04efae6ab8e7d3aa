package se.fristad.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.fristad.build.Build;
import se.fristad.build.TestSite;
import se.fristad.cli.Main;

/**
 * {@code verify} against Debian's nginx serving a published site: with the server block of docs/webbserver.md it
 * passes; with a bare one it fails, naming each missing header, the editions' 404 pages, the uncompressed search files
 * and a cookie; a page removed or changed on the server behind the publish's back is named too.
 */
class VerifyIT {
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
            new ProcessBuilder("rm", "-rf", "--one-file-system", base.toString()).start().waitFor();
        }
    }

    @Test
    void theDocumentedServerBlockPassesABareOneFailsNamingEachFix() throws Exception {
        boolean ci = System.getenv("CI") != null;
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(ci || Files.isExecutable(NGINX) && root, "needs Debian's nginx (apt-get install -y nginx) and root");
        base = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "fristad-verify-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36)));
        new ProcessBuilder("chmod", "755", base.toString()).start().waitFor();
        TestSite site = TestSite.svEn(base.resolve("src")).page("sv/index.md", "Hem", "Ring {{tel bris}}.")
                .page("en/index.md", "Home", "Call {{tel bris}}.")
                .page("sv/stod/bris.md", "BRIS", "Ring oss.", "type: support", "phones: [116 111]");
        Path out = base.resolve("src/target/site");
        Build.Result built = new Build(site.dir, false).build(out);
        assertTrue(built.ok(), () -> site.errors(built).toString());
        Path www = Files.createDirectory(base.resolve("www"));
        new Publisher(out, new FolderTarget(www), s -> { }).publish();

        int good = freePort();
        int bare = freePort();
        Path conf = base.resolve("nginx.conf");
        Files.writeString(conf, "user www-data;\nworker_processes 1;\ndaemon off;\npid " + base.resolve("nginx.pid") + ";\nerror_log "
                + base.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n  include /etc/nginx/mime.types;\n"
                + "  client_body_temp_path " + base.resolve("tmp-body") + ";\n  proxy_temp_path " + base.resolve("tmp-proxy") + ";\n"
                + "  fastcgi_temp_path " + base.resolve("tmp-fcgi") + ";\n  uwsgi_temp_path " + base.resolve("tmp-uwsgi") + ";\n"
                + "  scgi_temp_path " + base.resolve("tmp-scgi") + ";\n" + documentedServerBlock(www, good) + "\n"
                + "server {\n  listen 127.0.0.1:" + bare + ";\n  root " + www + ";\n  add_header Set-Cookie \"sid=42; Path=/\";\n"
                + "  location / { try_files $uri $uri/ =404; }\n}\n}\n");
        nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", base.toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("nginx.out").toFile()).start();
        waitFor(good);
        waitFor(bare);

        List<Verifier.Finding> passing = new Verifier(URI.create("http://127.0.0.1:" + good + "/"), Manifest.ofBuild(out), s -> { }).run();
        assertEquals(List.of(), errors(passing), () -> "the documented block passes; error log: " + log());
        StringWriter said = new StringWriter();
        int exit = Main.run(new String[] {"verify", "http://127.0.0.1:" + good + "/", "--site", site.dir.toString()},
                new PrintWriter(said, true), new PrintWriter(said, true));
        assertEquals(0, exit, said.toString());
        assertTrue(said.toString().contains("Allt stämmer"), said.toString());

        String failing = String.join("\n", errors(new Verifier(URI.create("http://127.0.0.1:" + bare + "/"), null, s -> { }).run()));
        for (String header : List.of("Content-Security-Policy saknas", "Referrer-Policy saknas", "X-Content-Type-Options saknas",
                "Permissions-Policy saknas")) {
            assertTrue(failing.contains("rubriken " + header), header + " in:\n" + failing);
        }
        assertTrue(failing.contains("add_header Referrer-Policy \"no-referrer\" always;"), "the fix is the line to add:\n" + failing);
        assertTrue(failing.contains("språkets egen sida i en") && failing.contains("error_page 404 /$edition/404.html"), failing);
        assertTrue(failing.contains("okomprimerade") && failing.contains("gzip_static on"), failing);
        assertTrue(failing.contains("kakan sid"), failing);
        StringWriter bad = new StringWriter();
        assertEquals(1, Main.run(new String[] {"verify", "http://127.0.0.1:" + bare + "/"}, new PrintWriter(bad, true), new PrintWriter(bad, true)));

        Files.delete(www.resolve("stod/bris/index.html")); // removed by hand on the server
        Files.writeString(www.resolve("en/index.html"), "<html><body><h1>Edited on the server</h1><img src=\"https://tracker.example/p.gif\"></body></html>");
        String drifted = String.join("\n", errors(new Verifier(URI.create("http://127.0.0.1:" + good + "/"), Manifest.ofBuild(out), s -> { }).run()));
        assertTrue(drifted.contains("svarar inte: stod/bris/index.html (40"), drifted);
        assertTrue(drifted.contains("annan version än den publicerade: en/index.html"), drifted);
        assertTrue(drifted.contains("hämtar något från tracker.example"), drifted);
    }

    private static List<String> errors(List<Verifier.Finding> findings) {
        return findings.stream().filter(Verifier.Finding::error).map(Verifier.Finding::format).collect(Collectors.toList());
    }

    /** docs/webbserver.md's nginx server block, its root pointing at {@code www} and listening on loopback. */
    static String documentedServerBlock(Path www, int port) throws IOException {
        String doc = Files.readString(Paths.get(System.getProperty("fristad.root", ".")).resolve("docs/webbserver.md"));
        Matcher m = Pattern.compile("```nginx\\n(server \\{.*?\\n\\})\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/webbserver.md has an nginx server block");
        String block = m.group(1).replaceFirst("root [^;]+;", Matcher.quoteReplacement("root " + www + ";"));
        block = block.replaceAll("listen [^;]+;", "");
        return block.replaceFirst("server \\{", "server {\n    listen 127.0.0.1:" + port + ";");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void waitFor(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                assertTrue(nginx.isAlive(), () -> "nginx stopped: " + log());
                assertTrue(System.nanoTime() < deadline, "nginx did not listen");
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    private String log() {
        try {
            return Files.readString(base.resolve("nginx.out")) + Files.readString(base.resolve("error.log"));
        } catch (IOException e) {
            return "";
        }
    }
}
