package se.fristad.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built default site ({@code target/site}, every page of every edition): every {@code tel:} link is a number
 * the plans or the national list give, every glossary link leads to a page, and every page has a description.
 */
class BuiltContentIT {

    private static Path site;
    private static final Map<String, Document> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        site = BuiltSite.dir();
        for (String path : BuiltSite.pagePaths(site)) {
            PAGES.put(path, Jsoup.parse(BuiltSite.file(site, path).toFile(), "UTF-8", "https://fristad.example/" + path));
        }
    }

    @Test
    void searchReadsTheSameTextFromMainAloneAsFromTheWholePage() throws IOException {
        // The build hands search only <main>…</main> to parse (TextExtractor.mainOnly); a second "<main" in a comment
        // makes it parse the whole page, as it did before. Every built page must give the same fields either way.
        List<String> differ = new ArrayList<>();
        for (String path : PAGES.keySet()) {
            String html = Files.readString(BuiltSite.file(site, path));
            se.fristad.search.PageText fast = se.fristad.search.TextExtractor.extract(path, "t", "s", html);
            se.fristad.search.PageText whole = se.fristad.search.TextExtractor.extract(path, "t", "s", html + "<!-- <main -->");
            if (!fast.equals(whole)) differ.add(path);
            assertTrue(!whole.body().isEmpty() || path.endsWith("sok/"), path + " has text for search");
        }
        assertTrue(differ.isEmpty(), "search text differs when read from <main> alone: " + differ);
        assertTrue(PAGES.size() > 700, "pages checked: " + PAGES.size());
    }

    @Test
    void harnosandsPlanKeepsWeDoInTheActionAndItsIndicator() {
        // the text after " #" used to vanish as a YAML comment: "…interna arbete med" with no programme name
        Document page = PAGES.get("planer/harnosand/");
        assertTrue(page != null, "the Härnösand plan page exists: " + PAGES.keySet().stream().filter(p -> p.contains("harnosand")).toList());
        String text = page.select("main").text();
        assertTrue(text.contains("Främja och stärka kommunens interna arbete med #WeDo."), "the action names #WeDo");
        assertTrue(text.contains("Genomförda interna aktiviteter med koppling till #WeDo."), "its indicator names #WeDo");
    }

    @Test
    void everyTelLinkIsAnAllowedNumber() throws IOException {
        Set<String> allowed = ContentProofTest.allowedPhones().keySet();
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (Map.Entry<String, Document> page : PAGES.entrySet()) {
            for (Element a : page.getValue().select("a[href^=tel:]")) {
                links++;
                String number = a.attr("href").substring(4);
                if (!allowed.contains(number)) {
                    wrong.add("/" + page.getKey() + ": " + a.outerHtml());
                }
            }
        }
        assertTrue(links > PAGES.size(), "112 is on every page, so there are more tel: links than pages: " + links);
        assertTrue(wrong.isEmpty(), "tel: links to numbers not on engine/src/test/resources/content/allowed-phones.txt:\n  "
                + String.join("\n  ", wrong));
    }

    @Test
    void everyGlossaryLinkLeadsToADefinition() {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Map.Entry<String, Document> page : PAGES.entrySet()) {
            for (Element a : page.getValue().select("main a.term")) {
                links++;
                Path target = target(page.getKey(), a.attr("href"));
                if (target == null || !Files.isRegularFile(target)) {
                    broken.add("/" + page.getKey() + ": " + a.outerHtml());
                } else if (target.equals(BuiltSite.file(site, page.getKey()).normalize())) {
                    broken.add("/" + page.getKey() + " links to itself: " + a.outerHtml());
                }
            }
        }
        assertTrue(links > 100, "defined terms are linked across the site: " + links);
        assertTrue(broken.isEmpty(), "glossary links that lead nowhere:\n  " + String.join("\n  ", broken));
    }

    @Test
    void everyPageHasADescription() {
        List<String> lacking = new ArrayList<>();
        for (Map.Entry<String, Document> page : PAGES.entrySet()) {
            Element meta = page.getValue().selectFirst("meta[name=description]");
            if (meta == null || meta.attr("content").isBlank()) {
                lacking.add("/" + page.getKey());
            }
        }
        assertTrue(lacking.isEmpty(), "pages without <meta name=description> (front matter `summary`):\n  "
                + String.join("\n  ", lacking));
    }

    @Test
    void checkFindsNoProblemInTheDefaultSite() throws Exception {
        Path jar = Path.of(System.getProperty("fristad.jar", "target/fristad.jar")).toAbsolutePath();
        Path root = Path.of(System.getProperty("fristad.root", "")).toAbsolutePath();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check", "--site", root.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertTrue(code == 0, "check exited with " + code + ":\n" + out);
        // the default site has no address of its own (README, "Search engines"): that is its one warning
        assertTrue(out.strip().matches("(?s).*\\nNo errors \\(1 warning\\) in \\d+ pages\\.$"), "check's last line:\n" + out);
        List<String> warnings = out.lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(1, warnings.size(), "check warns (a lättläst page above LIX 30, a missing theme string, …):\n" + out);
        assertTrue(warnings.get(0).contains("site.yml:1:1: warning: no baseURL: "), warnings.get(0));
    }

    /** The file a relative link of a page leads to, or null when it leaves the site. */
    private static Path target(String pagePath, String href) {
        String path = href.replaceFirst("[#?].*$", "");
        if (path.contains(":")) {
            return null;
        }
        Path file = site.resolve(pagePath).resolve(path).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        return path.isEmpty() || path.endsWith("/") ? file.resolve("index.html") : file;
    }
}
