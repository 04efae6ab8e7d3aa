package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build writes for search engines and lost readers: 404 pages per edition (links from the site's root path),
 * and — only with a baseURL — absolute hreflang links, canonical links, sitemap.xml with every translation as an
 * alternate (fallbacks left out) and robots.txt; schema.org JSON-LD on support pages, escaped so it cannot end its
 * element; and a template's inline script other than JSON-LD is an error.
 */
class SearchEngineFilesTest {
    @TempDir
    Path tmp;

    private TestSite site(String extra) {
        return new TestSite(tmp, "title: Testsajt\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}, en, ar]\n" + extra)
                .page("sv/index.md", "Start", "Hej.")
                .page("sv/stod/bris.md", "BRIS </script><script>alert(1)</script>", "Ring.", "type: support", "summary: För barn & unga <b>",
                        "phones:", "  - number: 116 111", "    label: För barn", "hours: Dygnet runt.", "area: national", "audience: children",
                        "languages: Svenska, engelska")
                .page("sv/stod/index.md", "Stöd", "Stöd.")
                .page("sv/om.md", "Om", "Om.")
                .page("en/index.md", "Home", "Hello.")
                .page("en/stod/bris.md", "BRIS in English", "Call.", "type: support", "hours: Round the clock.")
                .page("lattlast/index.md", "Start lätt", "Hej hej.");
    }

    private Document html(TestSite s, String rel) {
        return Jsoup.parse(s.read(rel));
    }

    @Test
    void withABaseUrlHreflangIsAbsoluteAndCanonicalSitemapAndRobotsAreWritten() {
        TestSite s = site("baseURL: https://kommun.example/stod/\n");
        assertTrue(s.build().ok(), () -> s.errors(s.build()).toString());
        Document bris = html(s, "stod/bris/index.html");
        assertEquals(List.of("https://kommun.example/stod/stod/bris/", "https://kommun.example/stod/en/stod/bris/", "https://kommun.example/stod/stod/bris/"),
                bris.select("link[rel=alternate][hreflang]").eachAttr("href"));
        assertEquals("https://kommun.example/stod/stod/bris/", bris.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(html(s, "ar/stod/bris/index.html").select("link[rel=canonical]").isEmpty(), "a fallback (noindex) has no canonical");

        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://kommun.example/stod/sitemap.xml\n", s.read("robots.txt"));
        Document map = Jsoup.parse(s.read("sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = map.select("url > loc").eachText();
        assertTrue(locs.contains("https://kommun.example/stod/") && locs.contains("https://kommun.example/stod/en/stod/bris/")
                && locs.contains("https://kommun.example/stod/lattlast/"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.contains("/ar/")), "fallbacks are noindex, so not in the sitemap: " + locs);
        assertFalse(locs.stream().anyMatch(l -> l.contains("404") || l.contains("/sok/")), "no 404 or search pages: " + locs);
        Element brisUrl = map.select("url").stream().filter(u -> u.selectFirst("loc").text().equals("https://kommun.example/stod/stod/bris/"))
                .findFirst().orElseThrow();
        assertEquals(List.of("sv", "en", "x-default"), brisUrl.select("xhtml|link").eachAttr("hreflang"));
        assertEquals("https://kommun.example/stod/en/stod/bris/", brisUrl.select("xhtml|link").get(1).attr("href"));
        Element lattlast = map.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/lattlast/")).findFirst().orElseThrow();
        assertTrue(lattlast.select("xhtml|link").isEmpty(), "an easy-read page is no translation: no alternates");
    }

    @Test
    void withoutABaseUrlNothingForSearchEnginesIsWritten() {
        TestSite s = site("");
        assertTrue(s.build().ok());
        assertFalse(Files.exists(s.out().resolve("sitemap.xml")));
        assertFalse(Files.exists(s.out().resolve("robots.txt")));
        assertTrue(html(s, "stod/bris/index.html").select("link[rel=canonical]").isEmpty());
    }

    @Test
    void everyEditionHasA404PageInItsLanguageWithLinksFromTheSiteRoot() {
        TestSite s = site("baseURL: https://kommun.example/stod\n");
        assertTrue(s.build().ok());
        for (String[] e : new String[][] {{"404.html", "sv", "/stod/"}, {"en/404.html", "en", "/stod/en/"}, {"ar/404.html", "ar", "/stod/ar/"},
                {"lattlast/404.html", "sv", "/stod/lattlast/"}}) {
            Document d = html(s, e[0]);
            assertEquals(e[1], d.selectFirst("html").attr("lang"), e[0]);
            assertEquals(1, d.select("meta[name=robots][content=noindex]").size(), e[0] + " is noindex");
            assertEquals("/stod/" + s.assets() + "css/fristad.css", d.selectFirst("link[rel=stylesheet]").attr("href"), e[0]);
            assertEquals(e[2], d.selectFirst("a.site-name").attr("href"), e[0]);
            assertEquals(1, d.select("a.exit-button").size(), e[0]);
            assertEquals(1, d.select(".emergency a[href=tel:112]").size(), e[0]);
            assertEquals(e[2] + "sok/", d.select(".not-found-links a").get(1).attr("href"), e[0]);
            assertTrue(d.select("link[rel=alternate], link[rel=canonical]").isEmpty(), e[0]);
            for (Element a : d.select("[href], [src]")) {
                String url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                assertTrue(url.startsWith("/stod/") || url.startsWith("#") || url.startsWith("tel:") || url.startsWith("https://"),
                        e[0] + ": link not from the site root: " + url);
            }
        }
        assertEquals("Page not found", html(s, "en/404.html").selectFirst("h1").text());
        assertEquals("الصفحة غير موجودة", html(s, "ar/404.html").selectFirst("h1").text());
    }

    @Test
    void without404BaseUrlThe404PagesAssumeTheServerRoot() {
        TestSite s = site("");
        assertTrue(s.build().ok());
        assertEquals("/" + s.assets() + "css/fristad.css", html(s, "en/404.html").selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/en/", html(s, "en/404.html").selectFirst("a.site-name").attr("href"));
    }

    @Test
    void supportPagesCarrySchemaOrgDataThatCannotEndItsElement() {
        TestSite s = site("");
        assertTrue(s.build().ok());
        String page = s.read("stod/bris/index.html");
        Document d = Jsoup.parse(page);
        List<Element> scripts = d.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        String json = scripts.get(0).data();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertTrue(json.contains("\"name\":\"BRIS \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""), json);
        assertTrue(json.contains("\"@type\":\"ContactPoint\",\"telephone\":\"116 111\",\"contactType\":\"För barn\""), json);
        assertTrue(json.contains("\"hoursAvailable\":{\"@type\":\"OpeningHoursSpecification\",\"description\":\"Dygnet runt.\"}"), json);
        assertTrue(json.contains("\"areaServed\":[{\"@type\":\"Country\",\"name\":\"Sverige\"}]"), json);
        assertTrue(json.contains("\"availableLanguage\":\"Svenska, engelska\""), json);
        assertEquals(0, d.select("script:not([src]):not([type=application/ld+json])").size(), "no other inline script");
        // the translation inherits the number and gives its own hours
        String en = Jsoup.parse(s.read("en/stod/bris/index.html")).selectFirst("script[type=application/ld+json]").data();
        assertTrue(en.contains("\"telephone\":\"116 111\"") && en.contains("Round the clock."), en);
        assertTrue(Jsoup.parse(s.read("stod/index.html")).select("script[type=application/ld+json]").isEmpty(), "only support pages");
    }

    @Test
    void aTemplateWithAnInlineScriptFailsTheBuildButJsonLdIsAllowed() {
        TestSite s = site("").write("templates/listing.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.layout>\n<script type=\"application/ld+json\">{}</script>\n"
                + "<script>document.title = 'x'</script>\n</@l.layout>\n");
        List<String> errors = s.errors(s.build());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/listing.ftlh:4:1: inline <script> in a template — "), errors.get(0));
    }
}
