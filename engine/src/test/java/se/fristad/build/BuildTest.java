package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small sites end to end and checks what a reader or an editor would notice. */
class BuildTest {
    @TempDir
    Path tmp;

    private TestSite sample() {
        return TestSite.svEn(tmp)
                .page("sv/index.md", "Hem", "Välkommen. Läs om [BRIS](stod/bris.md#ring-116-111).", "order: 0")
                .page("sv/stod/index.md", "Stöd", "Här finns stöd.", "order: 1", "summary: Var du får hjälp")
                .page("sv/stod/bris.md", "BRIS", "## Ring 116 111\nFör barn.\n\n## Chatta\nPå nätet.", "order: 2", "summary: För barn och unga",
                        "type: support", "phones: [116 111]") // a number in the text is a support page's number
                .page("sv/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "Ring [020-50 50 50](tel:020505050).", "order: 1",
                        "type: support", "phones: [020-50 50 50]")
                .page("sv/stod/alfa.md", "Alfa", "Utan ordning.")
                .page("sv/om/beta.md", "Beta", "Listas av mappen.", "order: 2")
                .page("sv/om/alfa.md", "Alfa", "Listas av mappen.", "order: 2")
                .page("sv/om/gamma.md", "Gamma", "Först.", "order: 1")
                .page("en/index.md", "Home", "Welcome. Read about [BRIS](stod/bris.md#call-116-111).", "order: 0", "translation: machine")
                .page("en/stod/bris.md", "BRIS (English)", "## Call 116 111\nFor children.", "translation: machine", "type: support");
    }

    @Test
    void sourceLanguageAtRootOthersUnderTheirCode() {
        TestSite site = sample();
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        assertTrue(Files.isRegularFile(site.out().resolve("stod/bris/index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("en/stod/bris/index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("en/index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("stod/index.html")), "index.md is its folder's page");
        assertTrue(Files.isRegularFile(site.out().resolve(site.assets() + "css/fristad.css")), "theme assets are copied");
    }

    @Test
    void linksToMarkdownFilesBecomeRelativeLinksInTheSameLanguage() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Document sv = Jsoup.parse(site.read("index.html"));
        assertEquals("stod/bris/#ring-116-111", sv.select("main a:contains(BRIS)").attr("href"));
        Document en = Jsoup.parse(site.read("en/index.html"));
        assertEquals("stod/bris/#call-116-111", en.select("main a:contains(BRIS)").attr("href"));
    }

    @Test
    void everyPageHasLandmarksOneH1AndLangDir() throws IOException {
        TestSite site = sample();
        assertTrue(site.build().ok());
        for (Path file : htmlFiles(site.out())) {
            Document d = Jsoup.parse(file.toFile());
            String name = site.out().relativize(file).toString();
            assertEquals(1, d.select("h1").size(), name + " has exactly one h1");
            assertFalse(d.select("html").attr("lang").isEmpty(), name);
            assertFalse(d.select("html").attr("dir").isEmpty(), name);
            assertEquals("#main", d.select("a.skip-link").attr("href"), name);
            assertEquals(1, d.select("main#main").size(), name);
            assertEquals(1, d.select("header").size(), name);
            assertEquals(1, d.select("footer").size(), name);
            assertFalse(d.select("nav.breadcrumbs li").isEmpty(), name + " has breadcrumbs");
            assertTrue(d.select("script:not([src]):not([type=application/ld+json])").isEmpty() && d.select("[style]").isEmpty(),
                    name + " has no inline script or style (structured data is not a script)");
        }
    }

    @Test
    void headingsGetAnchors() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("stod/bris/index.html"));
        Element h = d.getElementById("ring-116-111");
        assertEquals("h2", h.tagName());
        assertEquals("#ring-116-111", h.select("a.heading-anchor").attr("href"));
        assertEquals("Länk till avsnittet: Ring 116 111", h.select("a.heading-anchor .visually-hidden").text());
        site.page("sv/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "## Ring");
        assertTrue(site.build().ok());
        Element label = Jsoup.parse(site.read("en/stod/kvinnofridslinjen/index.html")).selectFirst("#ring .visually-hidden");
        assertEquals("Link to section: Ring", label.text());
        assertEquals("en", label.attr("lang"), "the English label inside the Swedish text says it is English");
    }

    @Test
    void hashHeadingsMoveDownSoTheTitleIsTheOnlyH1() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "# Rubrik\n\n## Under");
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("index.html"));
        assertEquals(1, d.select("h1").size());
        assertEquals("h2", d.getElementById("rubrik").tagName());
        assertEquals("h3", d.getElementById("under").tagName());
    }

    @Test
    void reviewedDateIsShownInThePagesLanguage() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "Text", "reviewed: 2026-03-12");
        assertTrue(site.build().ok());
        Element time = Jsoup.parse(site.read("index.html")).selectFirst("time[datetime=2026-03-12]");
        assertEquals("12 mars 2026", time.text());
        assertEquals("March 12, 2026", Jsoup.parse(site.read("en/index.html")).selectFirst("time").text());
    }

    @Test
    void languageSwitcherLeadsToTheSamePageInEveryLanguage() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("stod/bris/index.html"));
        var links = d.select("nav.languages a");
        assertEquals(List.of("Svenska", "English"), links.eachText());
        assertEquals("en", links.get(1).attr("lang"));
        assertEquals("en", links.get(1).attr("hreflang"));
        assertEquals("../../en/stod/bris/", links.get(1).attr("href"));
        assertEquals("true", links.get(0).attr("aria-current"));
    }

    @Test
    void hreflangAlternatesAreReciprocalWithXDefault() throws IOException {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Map<Path, Set<Path>> alternates = new HashMap<>();
        for (Path file : htmlFiles(site.out())) {
            Document d = Jsoup.parse(file.toFile());
            if (!d.select("meta[name=robots][content=noindex]").isEmpty()) {
                continue; // fallbacks are not translations
            }
            Set<Path> targets = new HashSet<>();
            for (Element link : d.select("link[rel=alternate][hreflang]")) {
                Path target = file.getParent().resolve(link.attr("href")).normalize().resolve("index.html");
                assertTrue(Files.isRegularFile(target), file + " → " + link.attr("href"));
                if (!link.attr("hreflang").equals("x-default")) {
                    targets.add(target);
                }
            }
            assertTrue(targets.contains(file), file + " lists itself");
            assertEquals(1, d.select("link[hreflang=x-default]").size(), file + " has x-default");
            alternates.put(file, targets);
        }
        for (var e : alternates.entrySet()) {
            for (Path other : e.getValue()) {
                assertEquals(e.getValue(), alternates.get(other), "alternates of " + e.getKey() + " and " + other + " agree");
            }
        }
        Path bris = site.out().resolve("stod/bris/index.html");
        assertEquals(Set.of(bris, site.out().resolve("en/stod/bris/index.html")), alternates.get(bris));
    }

    @Test
    void missingTranslationGetsAFallbackWithNoticeInThatLanguage() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("en/stod/kvinnofridslinjen/index.html"));
        assertEquals("en", d.select("html").attr("lang"));
        assertTrue(d.select("p.notice").text().contains("has not been translated into English"));
        assertEquals("sv", d.selectFirst("article").attr("lang"), "the Swedish text is marked as Swedish");
        assertEquals("Kvinnofridslinjen", d.selectFirst("h1").text());
        assertEquals(1, d.select("meta[name=robots][content=noindex]").size());
        // the listing in English marks it as not translated
        Document stod = Jsoup.parse(site.read("en/stod/index.html"));
        Element item = stod.selectFirst("ul.page-list li:has(a:contains(Kvinnofridslinjen))");
        assertEquals("sv", item.attr("lang"));
        assertTrue(item.text().contains("not translated yet"));
    }

    @Test
    void machineTranslationIsMarked() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        assertTrue(Jsoup.parse(site.read("en/index.html")).select("p.notice").text().contains("translated by machine"));
        assertTrue(Jsoup.parse(site.read("index.html")).select("p.notice").isEmpty());
    }

    @Test
    void folderWithoutIndexGetsAListingOrderedByOrderThenTitle() {
        TestSite site = sample();
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("om/index.html"));
        assertEquals("Om", d.selectFirst("h1").text());
        assertEquals(List.of("Gamma", "Alfa", "Beta"), d.select("ul.page-list > li > a").eachText());
        Document stod = Jsoup.parse(site.read("stod/index.html"));
        assertEquals(List.of("Kvinnofridslinjen", "BRIS", "Alfa"), stod.select("ul.page-list > li > a").eachText());
        assertTrue(stod.select("ul.page-list").text().contains("För barn och unga"), "listings show summaries");
    }

    @Test
    void noInternalLinkLeadsNowhere() throws IOException {
        TestSite site = sample();
        assertTrue(site.build().ok());
        List<String> dead = new ArrayList<>();
        for (Path file : htmlFiles(site.out())) {
            for (Element a : Jsoup.parse(file.toFile()).select("a[href], link[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*") || href.startsWith("#")) {
                    continue;
                }
                String path = href.replaceAll("#.*", "");
                // a 404 page links from the site's root (it is shown at any address); every other link is relative
                Path target = href.startsWith("/") ? site.out().resolve(path.substring(1)).normalize() : file.getParent().resolve(path).normalize();
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target)) {
                    dead.add(site.out().relativize(file) + " → " + href);
                }
            }
        }
        assertEquals(List.of(), dead);
    }

    @Test
    void nonAsciiFileNamesGiveReadableUrls() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "[Till](hjälp-och-stöd/våld i nära relationer.md) [B](hj%C3%A4lp-och-st%C3%B6d/v%C3%A5ld%20i%20n%C3%A4ra%20relationer.md)")
                .page("sv/hjälp-och-stöd/våld i nära relationer.md", "Våld", "Text");
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        assertTrue(Files.isRegularFile(site.out().resolve("hjalp-och-stod/vald-i-nara-relationer/index.html")));
        assertEquals("hjalp-och-stod/vald-i-nara-relationer/", Jsoup.parse(site.read("index.html")).select("main a:contains(Till)").attr("href"));
    }

    @Test
    void slugReplacesTheFileName() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "[x](lang-fil.md)").page("sv/lang-fil.md", "X", "Text", "slug: kort");
        assertTrue(site.build().ok());
        assertTrue(Files.isRegularFile(site.out().resolve("kort/index.html")));
        assertEquals("kort/", Jsoup.parse(site.read("index.html")).select("main a:contains(x)").attr("href"));
    }

    @Test
    void jbakeHeadersAreReadAsWellAsYaml() {
        TestSite site = TestSite.svEn(tmp)
                .write("content/sv/index.md", "title=Hem från JBake\ntype=page\nstatus=published\ndate=2024-05-01\n~~~~~~\n\nBrödtext.\n")
                .write("content/sv/utkast.md", "title=Utkast\nstatus=draft\n~~~~~~\nInte klar.\n");
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        Document d = Jsoup.parse(site.read("index.html"));
        assertEquals("Hem från JBake", d.selectFirst("h1").text());
        assertTrue(d.select("main").text().contains("Brödtext."));
        assertEquals("2024-05-01", d.selectFirst("time").attr("datetime"));
        assertFalse(Files.exists(site.out().resolve("utkast")), "JBake drafts are left out");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "x").page("sv/ny.md", "Ny", "x", "draft: true");
        assertTrue(site.build().ok());
        assertFalse(Files.exists(site.out().resolve("ny")));
        assertTrue(new Build(site.dir, true).build(site.out()).ok());
        assertTrue(Files.exists(site.out().resolve("ny/index.html")));
    }

    @Test
    void staticFilesBesidePagesAreCopiedAndLinkable() {
        TestSite site = TestSite.svEn(tmp).page("sv/stod/index.md", "Stöd", "![Karta](karta.svg)")
                .write("content/sv/stod/karta.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        assertTrue(Files.isRegularFile(site.out().resolve("stod/karta.svg")));
        assertEquals("karta.svg", Jsoup.parse(site.read("stod/index.html")).select("main img").attr("src"));
        assertEquals("../../stod/karta.svg", Jsoup.parse(site.read("en/stod/index.html")).select("main img").attr("src"));
    }

    @Test
    void titlesAreEscaped() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "\"A & B <i>\"", "x");
        assertTrue(site.build().ok());
        String html = site.read("index.html");
        assertTrue(html.contains("<h1>A &amp; B &lt;i&gt;</h1>"), html);
    }

    @Test
    void rightToLeftLanguagesGetDirRtl() {
        TestSite site = new TestSite(tmp, "title: T\nlanguages: [sv, ar, {code: se, name: Davvisámegiella}]\n")
                .page("sv/index.md", "Hem", "x").page("ar/index.md", "الصفحة الرئيسية", "x");
        assertTrue(site.build().ok());
        Document ar = Jsoup.parse(site.read("ar/index.html"));
        assertEquals("rtl", ar.select("html").attr("dir"));
        assertEquals("ar", ar.select("html").attr("lang"));
        assertEquals(List.of("Svenska", "العربية", "Davvisámegiella"), ar.select("nav.languages a").eachText());
        assertEquals("ltr", Jsoup.parse(site.read("se/index.html")).select("html").attr("dir"));
        site.page("sv/stod/a.md", "Stöd", "x", "summary: En mening.");
        assertTrue(site.build().ok());
        Document arStod = Jsoup.parse(site.read("ar/stod/index.html"));
        Element item = arStod.selectFirst("ul.page-list li");
        assertEquals("sv", item.attr("lang"));
        assertEquals("ltr", item.attr("dir"), "Swedish text inside an Arabic page runs left to right");
        assertEquals("rtl", item.selectFirst(".not-translated").attr("dir"));
        assertEquals("ltr", Jsoup.parse(site.read("ar/stod/a/index.html")).selectFirst("nav.breadcrumbs li:last-child span").attr("dir"));
    }

    @Test
    void siteTemplatesOverrideTheBuiltInThemeFileByFile() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "x")
                .write("templates/listing.ftlh", "<!DOCTYPE html><html lang=\"${page.lang}\"><title>${page.title}</title><p>egen</p></html>")
                .write("assets/css/fristad.css", "/* egen */");
        site.page("sv/om/a.md", "A", "x");
        assertTrue(site.build().ok());
        assertTrue(site.read("om/index.html").contains("<p>egen</p>"), "site's listing.ftlh wins");
        assertTrue(site.read("index.html").contains("skip-link"), "page.ftlh still comes from the theme");
        assertEquals("/* egen */", site.read(site.assets() + "css/fristad.css"));
    }

    @Test
    void quickExitGoesWhereSiteYmlSaysWithoutReferrer() {
        TestSite site = new TestSite(tmp, "title: T\nlanguages: [sv]\nexitURL: https://www.example.org/vader\n").page("sv/index.md", "Hem", "x");
        assertTrue(site.build().ok());
        Document d = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("https://www.example.org/vader", "https://www.example.org/vader"), d.select("a[data-exit]").eachAttr("href"));
        assertEquals(List.of("noreferrer", "noreferrer"), d.select("a[data-exit]").eachAttr("rel"));
        assertEquals(site.assets() + "js/fristad.js", d.selectFirst("script[src]").attr("src"));
        assertTrue(d.selectFirst("a[href=tel:112]") != null, "112 on every page");
        assertTrue(d.select(".safety-note").isEmpty(), "no safety note while there is no page to link to");
        site.page("sv/dolj-ditt-besok.md", "Dölj ditt besök", "Text").page("sv/stod/a.md", "A", "x");
        assertTrue(site.build().ok());
        assertEquals("../../dolj-ditt-besok/", Jsoup.parse(site.read("stod/a/index.html")).selectFirst(".safety-note a").attr("href"));
        assertEquals("Så döljer du ditt besök", Jsoup.parse(site.read("stod/a/index.html")).selectFirst(".safety-note a").text());
        TestSite missing = new TestSite(tmp.resolve("missing"), "title: T\nlanguages: [sv]\nsafetyPage: dolj.md\n").page("sv/index.md", "Hem", "x");
        assertEquals(List.of("site.yml:3:1: safetyPage dolj.md is not a page — name a file below content/sv/, e.g. safetyPage: dolj-ditt-besok.md"),
                missing.errors(missing.build()));
        TestSite bad = new TestSite(tmp.resolve("bad"), "title: T\nlanguages: [sv]\nexitURL: smhi.se\n").page("sv/index.md", "Hem", "x");
        assertEquals(List.of("site.yml:3:10: exitURL must be a full web address, not \"smhi.se\" — write exitURL: https://www.smhi.se/ (a neutral site that says nothing about this one)"),
                bad.errors(bad.build()));
    }

    static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
