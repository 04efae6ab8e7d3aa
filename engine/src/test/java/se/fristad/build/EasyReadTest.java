package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An easy-to-read edition (lättläst) declared in site.yml: its own folder and addresses, Swedish pages, and links
 * between each page and its easy-to-read version instead of a place among the languages.
 */
class EasyReadTest {
    private static final String SITE_YML = """
            title: T
            languages:
              - sv
              - {code: lattlast, name: Lättläst, lang: sv, easyRead: true}
              - en
            """;

    @TempDir
    Path tmp;

    private TestSite site() {
        return new TestSite(tmp, SITE_YML)
                .page("sv/index.md", "Hem", "Välkommen. Läs om [stöd](stod.md).", "reviewed: 2026-03-12")
                .page("sv/stod.md", "Stöd", "Var du får hjälp.")
                .page("lattlast/index.md", "Start", "Här kan du läsa. Läs om [stöd](stod.md).", "reviewed: 2026-03-12", "translation: machine")
                .page("en/index.md", "Home", "Welcome.", "translation: machine");
    }

    private Document built(TestSite site, String path) {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void theEditionHasItsOwnFolderAndAddressesAndIsSwedish() {
        TestSite site = site();
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        Document home = built(site, "lattlast/index.html");
        assertEquals("sv", home.selectFirst("html").attr("lang"));
        assertEquals("ltr", home.selectFirst("html").attr("dir"));
        assertEquals("Start", home.selectFirst("h1").text());
        assertEquals("12 mars 2026", home.selectFirst("time").text(), "dates in Swedish");
        assertEquals("Hoppa till texten", home.selectFirst(".skip-link").text(), "theme strings from i18n/lattlast.yml");
        assertEquals("stod/", home.selectFirst("article a[href^=stod]").attr("href"), "links stay in the edition");
    }

    @Test
    void aPageWithAnEasyReadVersionLinksToItAtTheTopOfTheMainContentAndBack() {
        TestSite site = site();
        assertTrue(site.build().ok());
        Element there = built(site, "index.html").selectFirst("main > .page-tools > a.edition-link");
        assertNotNull(there, "the Swedish home page links to its lättläst version");
        assertEquals("lattlast/", there.attr("href"));
        assertEquals("Läs sidan på lättläst svenska", there.text());
        assertEquals("sv", there.attr("lang"));
        assertEquals("sv", there.attr("hreflang"));
        assertEquals("true", there.selectFirst("svg").attr("aria-hidden"), "the pictogram is decoration beside the words");
        Element first = built(site, "index.html").selectFirst("main").child(0);
        assertTrue(first.hasClass("page-tools"), "before the notices and the article: " + first);

        Element back = built(site, "lattlast/index.html").selectFirst("main > .page-tools > a.edition-link");
        assertEquals("../", back.attr("href"));
        assertEquals("Läs sidan på vanlig svenska", back.text());
        assertEquals("sv", back.attr("hreflang"));
    }

    @Test
    void pagesWithoutAnEasyReadVersionAndOtherLanguagesDoNotLinkToIt() {
        TestSite site = site();
        assertTrue(site.build().ok());
        assertNull(built(site, "stod/index.html").selectFirst("a.edition-link"), "stod.md has no lättläst version");
        assertNull(built(site, "en/index.html").selectFirst("a.edition-link"), "lättläst is Swedish: not offered on English pages");
    }

    @Test
    void aMissingEasyReadPageIsTheOrdinaryTextWithANoticeInEasySwedish() {
        TestSite site = site();
        assertTrue(site.build().ok());
        Document d = built(site, "lattlast/stod/index.html");
        assertEquals("Den här sidan finns inte på lättläst svenska än. Texten här under är på vanlig svenska.", d.selectFirst(".notice").text());
        assertEquals("Var du får hjälp.", d.selectFirst("article p:not(.notice)").text());
        assertEquals("", d.selectFirst("article").attr("lang"), "Swedish text in a Swedish page needs no lang of its own");
        assertEquals(1, d.select("meta[name=robots][content=noindex]").size());
        assertEquals("../../stod/", d.selectFirst("a.edition-link").attr("href"), "and leads to the ordinary page");
    }

    @Test
    void theLanguageSwitcherListsLanguagesNotTheEasyReadEdition() {
        TestSite site = site();
        assertTrue(site.build().ok());
        for (String page : List.of("index.html", "lattlast/index.html", "en/index.html")) {
            Document d = built(site, page);
            assertEquals(List.of("Svenska", "English"), d.select("nav.languages a").eachText(), page);
        }
        Element sv = built(site, "lattlast/index.html").selectFirst("nav.languages a");
        assertEquals("../", sv.attr("href"));
        assertEquals("", sv.attr("aria-current"), "lättläst is not Svenska: no language is marked current");
    }

    @Test
    void hreflangValuesAreUniqueAndEasyReadPagesListNone() throws IOException {
        TestSite site = site();
        assertTrue(site.build().ok());
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                Document d = Jsoup.parse(f.toFile());
                Set<String> seen = new HashSet<>();
                for (Element link : d.select("link[rel=alternate]")) {
                    assertTrue(seen.add(link.attr("hreflang")), f + " repeats hreflang " + link.attr("hreflang"));
                    assertTrue(!link.attr("href").contains("lattlast"), f + " lists the easy-read page as a translation");
                }
            }
        }
        assertEquals(List.of("sv", "en", "x-default"), built(site, "index.html").select("link[rel=alternate]").eachAttr("hreflang"));
        assertTrue(built(site, "lattlast/index.html").select("link[rel=alternate]").isEmpty());
    }

    @Test
    void siteYmlMistakesAreReportedWithTheirLines() {
        TestSite site = new TestSite(tmp, """
                title: T
                languages:
                  - {code: lattlast, name: Lättläst, lang: sv, easyRead: true}
                  - sv
                  - {code: easy, name: Easy, easyRead: true}
                  - {code: enkel, name: Enkel, lang: fi, easyRead: true}
                  - lättläst
                  - {code: lattlast2, name: L2, lang: sv, easyRead: ja}
                  - {code: Lätt, name: L, lang: sv, easyRead: true}
                  - {code: svenska, name: Svenska, lang: sv}
                """).page("sv/index.md", "Hem", "x");
        Build.Result r = site.build();
        assertEquals(List.of(
                "site.yml:3:5: the first language is the source language and cannot be an easy-read edition — list the ordinary edition (e.g. sv) first and the easy-read edition after it",
                "site.yml:5:5: easy-read edition \"easy\" needs lang: the language it is written in — write {code: easy, name: Lättläst, lang: sv, easyRead: true}",
                "site.yml:6:5: easy-read edition \"enkel\" is in fi, but no ordinary edition in fi is listed — add fi to languages: the easy-read pages link to and from its pages",
                "site.yml:7:5: \"lättläst\" is not a language code — use a lower-case code such as sv, en, ar or se; for an easy-read edition write {code: lattlast, lang: sv, easyRead: true}",
                "site.yml:8:53: easyRead must be true or false, not \"ja\" — write easyRead: true for an easy-to-read edition (lättläst)",
                "site.yml:9:5: code \"Lätt\" cannot be a folder name and address — use lower-case letters, digits and - only, e.g. code: latt",
                "site.yml:10:5: \"svenska\" and \"sv\" are both ordinary editions in sv: a page would have two alternates with hreflang=\"sv\" — mark the simplified one easyRead: true, or give each its own lang"),
                site.errors(r));
    }
}
