package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.problem.Problem;
import se.fristad.render.SecurityPolicy;
import se.fristad.testsupport.StaticServer;

/**
 * The server settings a build writes at the top of the site ({@code .htaccess}, {@code _headers}, {@code _redirects}):
 * the policy the pages carry as {@code <meta>}, sent as headers with {@code frame-ancestors 'none'}; each edition's
 * page not found; every address under the path of {@code baseURL}; a site's own {@code _headers} wins, with a warning
 * for what it lacks; and none of them is a page (no link, no sitemap entry, nothing in search).
 */
class ServerFilesTest {
    @TempDir
    Path tmp;

    private TestSite site(String extra) {
        return new TestSite(tmp, "title: Testsajt\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}, en, ar]\n" + extra)
                .page("sv/index.md", "Start", "Hej.")
                .page("sv/stod/bris.md", "BRIS", "Ring.", "type: support", "phones: [116 111]", "area: national")
                .page("en/index.md", "Home", "Hello.")
                .page("lattlast/index.md", "Start lätt", "Hej hej.");
    }

    /** The headers of a {@code _headers} file: name → value, under its one path line. */
    private static Map<String, String> headersFile(String text, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertEquals(path, lines.get(0), "the path the headers are for:\n" + text);
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.startsWith("  "), "a header line is indented: " + l);
            int colon = l.indexOf(':');
            out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        return out;
    }

    /** {@code Header always set NAME "VALUE"} lines of an .htaccess: name → value. */
    private static Map<String, String> apacheHeaders(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*Header always set (\\S+) \"([^\"]*)\"$").matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void theHeadersSendThePolicyThePagesCarryAndForbidFraming() {
        TestSite s = site("baseURL: https://stod.kommun.example\n");
        Build.Result r = s.build();
        assertTrue(r.ok(), () -> s.errors(r).toString());
        Document page = Jsoup.parse(s.read("stod/bris/index.html"));
        String meta = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String referrer = page.selectFirst("meta[name=referrer]").attr("content");
        assertEquals(SecurityPolicy.PAGE, meta, "the page's policy is the engine's");

        Map<String, String> netlify = headersFile(s.read("_headers"), "/*");
        Map<String, String> apache = apacheHeaders(s.read(".htaccess"));
        for (Map<String, String> h : List.of(netlify, apache)) {
            assertEquals(List.of("Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"), List.copyOf(h.keySet()));
            assertEquals(meta + "; frame-ancestors 'none'", h.get("Content-Security-Policy"), "the page's policy, and no framing");
            assertEquals(referrer, h.get("Referrer-Policy"));
            assertEquals("nosniff", h.get("X-Content-Type-Options"));
            assertTrue(h.get("Permissions-Policy").contains("geolocation=()"), h.toString());
        }
        String htaccess = s.read(".htaccess");
        assertTrue(htaccess.contains("\nAddDefaultCharset utf-8\n"), htaccess);
        assertTrue(Pattern.compile("(?s)<IfModule mod_headers.c>\\n(\\s*Header always set [^\\n]+\\n){4}</IfModule>").matcher(htaccess).find(),
                "without mod_headers Apache would answer 500 for every page: the headers are inside <IfModule>\n" + htaccess);
        // the browser tests' server sends the same policy as the pages
        assertEquals(SecurityPolicy.PAGE, StaticServer.CSP);
    }

    @Test
    void everyEditionHasItsPageNotFoundUnderTheBaseUrlsPath() {
        TestSite s = site("baseURL: https://kommun.example/stod/\n");
        assertTrue(s.build().ok());
        String htaccess = s.read(".htaccess");
        assertTrue(htaccess.contains("\nErrorDocument 404 /stod/404.html\n"), htaccess);
        Matcher m = Pattern.compile("<If \"%\\{REQUEST_URI\\} =~ m#\\^([^#]+)#\">\\n\\s*ErrorDocument 404 (\\S+)\\n</If>").matcher(htaccess);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1) + " " + m.group(2));
        }
        assertEquals(List.of("/stod/lattlast/ /stod/lattlast/404.html", "/stod/en/ /stod/en/404.html", "/stod/ar/ /stod/ar/404.html"), blocks,
                "one block per edition folder:\n" + htaccess);
        assertEquals(blocks.size(), htaccess.split("<If ", -1).length - 1, "no other <If> block");

        List<String> redirects = s.read("_redirects").lines().filter(l -> !l.startsWith("#")).map(l -> l.replaceAll("\\s+", " ")).toList();
        assertEquals(List.of("/stod/lattlast/* /stod/lattlast/404.html 404", "/stod/en/* /stod/en/404.html 404", "/stod/ar/* /stod/ar/404.html 404",
                "/stod/* /stod/404.html 404"), redirects, "each edition, the site's top last (the first line that matches wins)");
        assertEquals("/stod/*", s.read("_headers").lines().filter(l -> l.startsWith("/")).findFirst().orElseThrow());
        // every 404 page named is one the build wrote
        for (String line : redirects) {
            String target = line.split(" ")[1];
            assertTrue(Files.isRegularFile(s.out().resolve(target.substring("/stod/".length()))), target);
        }
    }

    @Test
    void atTheServersTopTheSourceEditionNeedsNoRedirect() {
        TestSite s = site("");
        assertTrue(s.build().ok());
        assertEquals(List.of("/lattlast/* /lattlast/404.html 404", "/en/* /en/404.html 404", "/ar/* /ar/404.html 404"),
                s.read("_redirects").lines().filter(l -> !l.startsWith("#")).map(l -> l.replaceAll("\\s+", " ")).toList(),
                "a line for /* would answer 404 for every page on a host that reads the file before its pages");
        assertTrue(s.read(".htaccess").contains("\nErrorDocument 404 /404.html\n<If \"%{REQUEST_URI} =~ m#^/lattlast/#\">\n"), s.read(".htaccess"));
        assertEquals("/*", s.read("_headers").lines().filter(l -> l.startsWith("/")).findFirst().orElseThrow());
    }

    @Test
    void aSitesOwnHeadersFileIsPublishedAndWhatItLacksIsNamed() throws IOException {
        String own = "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n";
        TestSite s = site("").write("content/sv/_headers", own);
        Build.Result r = s.build();
        assertTrue(r.ok(), () -> s.errors(r).toString());
        assertEquals(own, s.read("_headers"), "the site's own file, as it is");
        List<String> warnings = r.problems().stream().filter(p -> !p.isError()).map(p -> p.format(tmp)).toList();
        String w = warnings.stream().filter(x -> x.startsWith("content/sv/_headers:1:1: warning: ")).findFirst().orElseThrow(() -> new AssertionError(warnings.toString()));
        assertTrue(w.contains("the site's own _headers is published instead of the one Fristad writes, and it lacks these lines: Content-Security-Policy: "
                + SecurityPolicy.HEADER + " | Referrer-Policy: no-referrer | X-Content-Type-Options: nosniff | Permissions-Policy: "), w);
        assertTrue(w.contains(" — add the missing lines under its /* line, indented (docs/webbserver.md); or delete the file"), w);
        assertTrue(s.read("_redirects").contains("/en/*"), "the other file is still written");

        // with every line of Fristad's (in its own order, spacing and case), nothing is lost: no warning
        StringBuilder complete = new StringBuilder("/*\n  X-Frame-Options: DENY\n");
        SecurityPolicy.headers().forEach((k, v) -> complete.append("  ").append(k.toLowerCase()).append(":   ").append(v).append('\n'));
        s.write("content/sv/_headers", complete.toString());
        Build.Result again = s.build();
        assertTrue(again.problems().stream().noneMatch(p -> p.file().endsWith("_headers")), again.problems().toString());
        assertEquals(complete.toString(), s.read("_headers"));
    }

    @Test
    void aSitesOwnRedirectsFileIsPublishedAndTheMissingEditionsNamed() {
        TestSite s = site("").write("content/sv/_redirects", "/gammal /ny 301\n/en/*  /en/404.html 404\n");
        Build.Result r = s.build();
        assertTrue(r.ok());
        assertEquals("/gammal /ny 301\n/en/*  /en/404.html 404\n", s.read("_redirects"));
        List<String> warnings = r.problems().stream().filter(p -> p.file().endsWith("_redirects")).map(p -> p.format(tmp)).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/sv/_redirects:1:1: warning: the site's own _redirects is published instead of the one Fristad"
                + " writes, and it lacks these lines: /lattlast/*  /lattlast/404.html  404 | /ar/*  /ar/404.html  404 — "), warnings.get(0));
    }

    @Test
    void theFilesAreNoPages() throws IOException {
        TestSite s = site("baseURL: https://kommun.example/stod\n");
        Build.Result r = s.build();
        assertTrue(r.ok());
        String sitemap = s.read("sitemap.xml");
        List<String> files = List.of(".htaccess", "_headers", "_redirects");
        for (String f : files) {
            assertTrue(Files.isRegularFile(s.out().resolve(f)), f);
            assertFalse(sitemap.contains(f), "sitemap.xml lists " + f);
        }
        try (Stream<Path> all = Files.walk(s.out())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html") || p.startsWith(s.out().resolve("search"))) {
                    String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1); // binary shards too
                    for (String f : files) {
                        assertFalse(text.contains(f), p + " names " + f);
                    }
                }
            }
        }
        assertTrue(r.problems().stream().noneMatch(Problem::isError));
    }
}
