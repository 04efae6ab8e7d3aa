package se.fristad.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.fristad.build.Build;
import se.fristad.build.Nginx;
import se.fristad.build.TestSite;
import se.fristad.cli.Main;

/**
 * {@code verify} against Debian's nginx serving a published site: with the server block of docs/webbserver.md it
 * passes; with a bare one it fails, naming each missing header, the editions' 404 pages, the uncompressed search files
 * and a cookie; a page removed or changed on the server behind the publish's back is named too.
 */
class VerifyIT {
    private Nginx nginx;

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void theDocumentedServerBlockPassesABareOneFailsNamingEachFix() throws Exception {
        Path base = Nginx.folder("fristad-verify");
        TestSite site = TestSite.svEn(base.resolve("src")).page("sv/index.md", "Hem", "Ring {{tel bris}}.")
                .page("en/index.md", "Home", "Call {{tel bris}}.")
                .page("sv/stod/bris.md", "BRIS", "Ring oss.", "type: support", "phones: [116 111]");
        Path out = base.resolve("src/target/site");
        Build.Result built = new Build(site.dir, false).build(out);
        assertTrue(built.ok(), () -> site.errors(built).toString());
        Path www = Files.createDirectory(base.resolve("www"));
        new Publisher(out, new FolderTarget(www), s -> { }).publish();

        int good = Nginx.freePort();
        int bare = Nginx.freePort();
        nginx = Nginx.start(base, new int[] {good, bare}, Nginx.documentedServer(www, good),
                "server {\n  listen 127.0.0.1:" + bare + ";\n  root " + www + ";\n  add_header Set-Cookie \"sid=42; Path=/\";\n"
                        + "  location / { try_files $uri $uri/ =404; }\n}");

        List<Verifier.Finding> passing = new Verifier(URI.create("http://127.0.0.1:" + good + "/"), Manifest.ofBuild(out), s -> { }).run();
        assertEquals(List.of(), errors(passing), () -> "the documented block passes; error log: " + nginx.log());
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
}
